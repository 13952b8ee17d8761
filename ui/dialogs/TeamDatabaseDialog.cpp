#include "TeamDatabaseDialog.h"

#include "store/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace dmc::ui {

namespace {
constexpr int defaultPort = 5432;
}

TeamDatabaseDialog::TeamDatabaseDialog(const QString &previous, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("TeamDatabaseDialog"));
    setWindowTitle(tr("Connect to team database"));
    m_host->setObjectName(QStringLiteral("TeamHost"));
    m_port->setObjectName(QStringLiteral("TeamPort"));
    m_database->setObjectName(QStringLiteral("TeamDatabaseName"));
    m_user->setObjectName(QStringLiteral("TeamUser"));
    m_port->setRange(1, 65535);
    m_port->setGroupSeparatorShown(false);

    const QUrl url(previous);
    const bool known = Database::isServerLocation(previous) && url.isValid();
    m_host->setText(known ? url.host() : QStringLiteral("localhost"));
    m_port->setValue(known ? url.port(defaultPort) : defaultPort);
    m_database->setText(known ? url.path().mid(1) : QString());
    QString user = known ? url.userName() : QString();
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    m_user->setText(user);

    m_host->setPlaceholderText(tr("e.g. crm-db.example.com"));
    m_database->setPlaceholderText(tr("e.g. sales"));
    m_user->setPlaceholderText(tr("your database login"));

    auto *intro = new QLabel(tr("A region's shared PostgreSQL database. What you see and may annotate "
                                "follows your database role."),
                             this);
    intro->setWordWrap(true);
    auto *password = new QLabel(tr("The password is read from ~/.pgpass (or the file PGPASSFILE names); "
                                   "DM Cockpit never asks for it and never stores it."),
                                this);
    password->setObjectName(QStringLiteral("TeamPasswordNote"));
    password->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server"), m_host);
    form->addRow(tr("&Port"), m_port);
    form->addRow(tr("&Database"), m_database);
    form->addRow(tr("&Login role"), m_user);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(password);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &TeamDatabaseDialog::updateConnectButton);
    updateConnectButton();
    (m_database->text().isEmpty() ? m_database : m_host)->setFocus();
}

QString TeamDatabaseDialog::location() const
{
    return Database::serverLocation(m_user->text().trimmed(), m_host->text().trimmed(), m_port->value(),
                                    m_database->text().trimmed());
}

void TeamDatabaseDialog::updateConnectButton()
{
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
        && !m_user->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

} // namespace dmc::ui
