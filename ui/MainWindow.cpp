#include "MainWindow.h"

#include "store/Database.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace dmc::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    resize(1400, 900);
    retranslateUi();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openDatabase(const QString &location)
{
    auto opened = Database::open(location);
    if (!opened) {
        QMessageBox::critical(this, tr("Cannot open database"), opened.error().toString());
        return false;
    }
    m_database = std::move(opened.value());
    retranslateUi();
    return true;
}

bool MainWindow::openDefaultDatabase()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return openDatabase(folder + QStringLiteral("/demo.db"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    const QString database = m_database ? QFileInfo(m_database->location()).fileName() : tr("no database");
    setWindowTitle(tr("%1 - DM Cockpit").arg(database));
}

} // namespace dmc::ui
