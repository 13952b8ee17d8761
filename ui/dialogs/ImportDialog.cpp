#include "ImportDialog.h"

#include "import/profile/ImportProfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dmc::ui {

namespace {
const QString otherProfile = QStringLiteral("\x01other");
}

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_filesLabel(new QLabel(this))
    , m_files(new QListWidget(this))
    , m_addFiles(new QPushButton(this))
    , m_addFolder(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_profileLabel(new QLabel(this))
    , m_profile(new QComboBox(this))
    , m_useAsOf(new QCheckBox(this))
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_lenient(new QCheckBox(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ImportDialog"));
    resize(620, 440);
    m_files->setObjectName(QStringLiteral("ImportFiles"));
    m_profile->setObjectName(QStringLiteral("ImportProfile"));
    m_filesLabel->setBuddy(m_files);
    m_profileLabel->setBuddy(m_profile);
    m_asOf->setCalendarPopup(true);
    m_asOf->setEnabled(false);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    for (const QString &name : ImportProfile::builtInNames())
        m_profile->addItem(QString(), name);
    m_profile->addItem(QString(), otherProfile);

    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_addFiles);
    fileButtons->addWidget(m_addFolder);
    fileButtons->addWidget(m_clear);
    fileButtons->addStretch();
    auto *files = new QHBoxLayout;
    files->addWidget(m_files, 1);
    files->addLayout(fileButtons);
    auto *asOf = new QHBoxLayout;
    asOf->addWidget(m_useAsOf);
    asOf->addWidget(m_asOf);
    asOf->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filesLabel);
    layout->addLayout(files, 1);
    auto *form = new QFormLayout;
    form->addRow(m_profileLabel, m_profile);
    form->addRow(QString(), asOf);
    form->addRow(QString(), m_lenient);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_addFiles, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(m_addFolder, &QPushButton::clicked, this, &ImportDialog::addFolder);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_files->clear();
        updateOk();
    });
    connect(m_useAsOf, &QCheckBox::toggled, m_asOf, &QWidget::setEnabled);
    connect(m_profile, &QComboBox::activated, this, [this] {
        if (m_profile->currentData().toString() != otherProfile)
            return;
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Import profile"), QString(), tr("Import profiles (*.json)"));
        if (file.isEmpty())
            m_profile->setCurrentIndex(0);
        else
            m_profileFile = file;
        retranslateUi();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    updateOk();
}

QStringList ImportDialog::paths() const
{
    QStringList list;
    for (int i = 0; i < m_files->count(); ++i)
        list.append(m_files->item(i)->data(Qt::UserRole).toString());
    return list;
}

QString ImportDialog::profile() const
{
    const QString data = m_profile->currentData().toString();
    return data == otherProfile ? m_profileFile : data;
}

QDate ImportDialog::asOf() const
{
    return m_useAsOf->isChecked() ? m_asOf->date() : QDate();
}

bool ImportDialog::lenient() const
{
    return m_lenient->isChecked();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import CRM export"));
    m_filesLabel->setText(tr("&Files to import (a folder means every file in it):"));
    m_addFiles->setText(tr("Add files..."));
    m_addFolder->setText(tr("Add folder..."));
    m_clear->setText(tr("Clear"));
    m_profileLabel->setText(tr("&Profile:"));
    for (int i = 0; i < m_profile->count(); ++i) {
        const QString name = m_profile->itemData(i).toString();
        if (name == QLatin1String("salesforce"))
            m_profile->setItemText(i, tr("Salesforce export (Opportunity.csv + OpportunityHistory.csv)"));
        else if (name == QLatin1String("maven"))
            m_profile->setItemText(i, tr("Maven CRM Sales Opportunities"));
        else if (name == QLatin1String("canonical"))
            m_profile->setItemText(i, tr("DM Cockpit canonical CSV / JSON"));
        else if (name == QLatin1String("bitrix24"))
            m_profile->setItemText(i, tr("Bitrix24 deal export (CSV)"));
        else if (name == QLatin1String("amocrm"))
            m_profile->setItemText(i, tr("amoCRM deal export (CSV)"));
        else if (name == otherProfile)
            m_profile->setItemText(i,
                                   m_profileFile.isEmpty() ? tr("Other profile file...")
                                                           : tr("Profile file: %1").arg(m_profileFile));
        else
            m_profile->setItemText(i, name);
    }
    m_useAsOf->setText(tr("&As-of date for exports without history:"));
    m_lenient->setText(tr("&Lenient: keep the valid rows and write the rejected ones to a CSV beside the database"));
    m_hint->setText(tr("Imports run in one transaction: when a strict import meets a bad row, nothing is "
                       "changed and the file, line and reason are shown."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
}

void ImportDialog::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Files to import"), QString(),
                                                            tr("CRM exports (*.csv *.json *.txt);;All files (*)"));
    for (const QString &file : files) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(file), m_files);
        item->setData(Qt::UserRole, file);
    }
    updateOk();
}

void ImportDialog::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder to import"));
    if (!folder.isEmpty()) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(folder), m_files);
        item->setData(Qt::UserRole, folder);
    }
    updateOk();
}

void ImportDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_files->count() > 0);
}

} // namespace dmc::ui
