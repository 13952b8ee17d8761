// The window and its database: a read-only file says so and offers no editing, a damaged file
// offers its latest backup, and File > Connect to team database builds the team address.
#include "fixtures/store/DamagedDatabase.h"

#include "BeliefModel.h"
#include "InspectionQueueModel.h"
#include "Workspace.h"
#include "analytics/dataset/Dataset.h"
#include "demo/DemoDatabase.h"
#include "dialogs/TeamDatabaseDialog.h"
#include "i18n/Translations.h"
#include "store/Database.h"
#include "views/CoachingPackView.h"
#include "views/InspectionQueueView.h"
#include "window/MainWindow.h"
#include "window/Settings.h"
#include "window/ViewDock.h"
#include "workspace/DmActions.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dmc;
using namespace dmc::ui;

namespace {

// The built-in demo district (900 deals, every risk filter with hits) written to `path`.
bool writeDemo(const QString &path)
{
    auto database = Database::open(path);
    return database && DemoDatabase::create(**database, DemoOptions{});
}

// Answers the next modal message box by clicking the button with `buttonName`, or Cancel
// when the name is empty; records the box's object name.
void answerNextMessageBox(const QString &buttonName, QString *seenBox)
{
    QTimer::singleShot(50, qApp, [buttonName, seenBox] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(buttonName, seenBox); // not shown yet: look again
            return;
        }
        *seenBox = box->objectName();
        QAbstractButton *button =
            buttonName.isEmpty() ? box->button(QMessageBox::Cancel) : box->findChild<QPushButton *>(buttonName);
        QVERIFY(button);
        button->click();
    });
}

QStringList damagedCopies(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList({QStringLiteral("*.damaged-*")}, QDir::Files);
}

} // namespace

class TestUiDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DMCockpitTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_database"));
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
    }

    void cleanup() { QSettings().clear(); }

    void writableFileIsEditableAndNamedInTheStatusBar()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("district.db"));
        QVERIFY(writeDemo(path));
        MainWindow window;
        QSignalSpy hits(window.workspace(), &Workspace::hitsChanged);
        QVERIFY(window.openDatabase(path));
        QVERIFY(hits.wait(15000));

        auto *label = window.findChild<QLabel *>(QStringLiteral("DatabaseLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Local file"));
        QVERIFY(!label->font().bold());
        QCOMPARE(label->toolTip(), path);
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("district.db - as of ")),
                 qPrintable(window.windowTitle()));
        QVERIFY(window.workspace()->canEdit());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("ImportAction"))->isEnabled());

        auto *queue = qobject_cast<InspectionQueueView *>(window.dock(DockId::InspectionQueue)->content());
        QVERIFY(queue);
        QVERIFY(queue->model()->rowCount() > 0);
        QVERIFY(queue->model()->flags(queue->model()->index(0, InspectionQueueModel::Note)) & Qt::ItemIsEditable);
        auto *note =
            window.dock(DockId::CoachingPack)->content()->findChild<QPlainTextEdit *>(QStringLiteral("PackNote"));
        QVERIFY(note);
        QVERIFY(!note->isReadOnly());
        QVERIFY(window.dock(DockId::RiskFilters)
                    ->content()
                    ->findChild<QLabel *>(QStringLiteral("RiskFiltersIntro"))
                    ->text()
                    .contains(QStringLiteral("saved in this database")));
    }

    void readOnlyFileSaysSoAndOffersNoEditing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        QVERIFY(writeDemo(path));
        // Nobody may write it (read-only even for root, see Database::open).
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));

        MainWindow window;
        QSignalSpy hits(window.workspace(), &Workspace::hitsChanged);
        QVERIFY(window.openDatabase(path));
        QVERIFY(hits.wait(15000));

        QVERIFY(window.workspace()->identity().readOnly);
        QVERIFY(!window.workspace()->canEdit());
        auto *label = window.findChild<QLabel *>(QStringLiteral("DatabaseLabel"));
        QCOMPARE(label->text(), QStringLiteral("Local file, read-only"));
        QVERIFY(label->font().bold());
        QVERIFY2(label->toolTip().contains(QStringLiteral("Nothing can be saved")), qPrintable(label->toolTip()));
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("shared.db [read-only] - as of ")),
                 qPrintable(window.windowTitle()));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("ImportAction"))->isEnabled());

        auto *queue = qobject_cast<InspectionQueueView *>(window.dock(DockId::InspectionQueue)->content());
        QVERIFY(queue->model()->rowCount() > 0);
        for (int column :
             {int(InspectionQueueModel::Status), int(InspectionQueueModel::Note), int(InspectionQueueModel::FollowUp)})
            QVERIFY(!(queue->model()->flags(queue->model()->index(0, column)) & Qt::ItemIsEditable));
        // The coaching pack of the first rep: exceptions and belief ratings shown, not editable.
        auto *pack = qobject_cast<CoachingPackView *>(window.dock(DockId::CoachingPack)->content());
        QVERIFY(pack);
        QSignalSpy packs(window.workspace(), &Workspace::packChanged);
        window.workspace()->setPackRep(window.workspace()->dataset()->reps().front().rep.id);
        QVERIFY(packs.wait(15000));
        QVERIFY(pack->exceptionModel()->rowCount() > 0);
        QVERIFY(!(pack->exceptionModel()->flags(pack->exceptionModel()->index(0, InspectionQueueModel::Note))
                  & Qt::ItemIsEditable));
        QVERIFY(pack->beliefModel()->rowCount() > 0);
        QVERIFY(!(pack->beliefModel()->flags(pack->beliefModel()->index(0, BeliefModel::Rating)) & Qt::ItemIsEditable));
        QVERIFY(pack->findChild<QPlainTextEdit *>(QStringLiteral("PackNote"))->isReadOnly());

        // Risk filters still apply (the queue follows) but are not saved, and no write is tried.
        QVERIFY(window.dock(DockId::RiskFilters)
                    ->content()
                    ->findChild<QLabel *>(QStringLiteral("RiskFiltersIntro"))
                    ->text()
                    .contains(QStringLiteral("last until this database is closed")));
        QSignalSpy failures(window.workspace(), &Workspace::failed);
        const QString stale = QStringLiteral("stale_stage");
        const auto staleRows = [&] {
            int rows = 0;
            for (int row = 0; row < queue->model()->rowCount(); ++row)
                rows += queue->model()->hit(row).ruleId == stale ? 1 : 0;
            return rows;
        };
        QVERIFY(staleRows() > 0);
        const int others = queue->model()->rowCount() - staleRows();
        QSignalSpy recomputed(window.workspace(), &Workspace::hitsChanged);
        window.workspace()->setRuleEnabled(stale, false);
        QVERIFY(recomputed.wait(15000));
        QCOMPARE(failures.count(), 0);
        QCOMPARE(staleRows(), 0);
        QCOMPARE(queue->model()->rowCount(), others);
    }

    void damagedFileOffersTheLatestBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("district.db"));
        QVERIFY(writeDemo(path));
        const QString backup = Database::backupPath(path, 2);
        QVERIFY(QFile::copy(path, backup));
        QVERIFY(test::overwriteDataPages(path));
        const QByteArray damagedBytes = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();

        MainWindow window;
        // Declined: nothing is touched and nothing opens.
        QString seen;
        answerNextMessageBox(QString(), &seen);
        QVERIFY(!window.openDatabase(path));
        QCOMPARE(seen, QStringLiteral("RestoreBackupBox"));
        QCOMPARE(window.workspace()->databaseLocation(), QString());
        QVERIFY(damagedCopies(dir).isEmpty());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), damagedBytes);
        }

        // Accepted: the backup takes the file's place, the damaged file is kept beside it.
        seen.clear();
        answerNextMessageBox(QStringLiteral("RestoreBackupButton"), &seen);
        QSignalSpy loaded(window.workspace(), &Workspace::loadFinished);
        QVERIFY(window.openDatabase(path));
        QCOMPARE(seen, QStringLiteral("RestoreBackupBox"));
        QVERIFY(loaded.wait(15000));
        QCOMPARE(window.workspace()->databaseLocation(), path);
        QVERIFY(window.workspace()->hasData());
        const QStringList kept = damagedCopies(dir);
        QCOMPARE(kept.size(), 1);
        QFile keptFile(dir.filePath(kept.first()));
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), damagedBytes);
        QVERIFY(QFile::exists(backup));
    }

    void nonDatabaseFileWithoutBackupIsRefusedPlainly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Monday: call Ann about the Q4 commit\n");
        }
        MainWindow window;
        QString seen;
        QTimer::singleShot(50, qApp, [&seen] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                seen = box->text();
                box->reject();
            }
        });
        QVERIFY(!window.openDatabase(path));
        QVERIFY2(seen.contains(QStringLiteral("not a DM Cockpit database")), qPrintable(seen));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("Monday: call Ann about the Q4 commit\n"));
    }

    void teamDatabaseDialogBuildsTheAddressWithoutAPassword()
    {
        MainWindow window;
        QAction *connectAction = window.findChild<QAction *>(QStringLiteral("ConnectTeamDatabaseAction"));
        QVERIFY(connectAction);
        QCOMPARE(connectAction->text(), QStringLiteral("Connect to &team database..."));
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("FileMenu"))->actions().contains(connectAction));

        // From nothing: localhost, the standard port, the login name; Connect waits for a database.
        qputenv("USER", "dm_east");
        TeamDatabaseDialog fresh{QString()};
        QCOMPARE(fresh.hostEdit()->text(), QStringLiteral("localhost"));
        QCOMPARE(fresh.portEdit()->value(), 5432);
        QCOMPARE(fresh.userEdit()->text(), QStringLiteral("dm_east"));
        auto *buttons = fresh.findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        fresh.databaseEdit()->setText(QStringLiteral("sales"));
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(fresh.location(), QStringLiteral("postgresql://dm_east@localhost:5432/sales"));
        QVERIFY(
            fresh.findChild<QLabel *>(QStringLiteral("TeamPasswordNote"))->text().contains(QStringLiteral(".pgpass")));

        // From the last address: its parts, and a changed field changes only that part.
        TeamDatabaseDialog again(QStringLiteral("postgresql://rvp_north@crm-db.example.com:6543/sales"));
        QCOMPARE(again.hostEdit()->text(), QStringLiteral("crm-db.example.com"));
        QCOMPARE(again.portEdit()->value(), 6543);
        QCOMPARE(again.databaseEdit()->text(), QStringLiteral("sales"));
        QCOMPARE(again.userEdit()->text(), QStringLiteral("rvp_north"));
        again.databaseEdit()->setText(QStringLiteral("north"));
        QCOMPARE(again.location(), QStringLiteral("postgresql://rvp_north@crm-db.example.com:6543/north"));

        // The recent list keeps a team address as it is, not as a path under the current folder.
        Settings::addRecentDatabase(again.location());
        QCOMPARE(Settings::recentDatabases().value().value(0),
                 QStringLiteral("postgresql://rvp_north@crm-db.example.com:6543/north"));
    }
};

QTEST_MAIN(TestUiDatabase)
#include "tst_ui_database.moc"
