// File > Export agenda and Export coaching pack, and the deal detail's Deal brief / Account brief, in the window
// on the small fixture (tests/fixtures/small/README.md, as of S4 2026-04-06): the save dialog proposes a name dated
// by the as-of snapshot, the agenda carries the status the DM set in the queue, and after saving the status bar
// names the file, in English and in Russian; Export agenda by district writes a PDF per district.
#include "fixtures/SmallDatabase.h"
#include "Workspace.h"
#include "analytics/engine/Engine.h"
#include "dialogs/ExportPreviewDialog.h"
#include "i18n/Translations.h"
#include "store/Database.h"
#include "window/MainWindow.h"
#include "window/ViewDock.h"
#include "workspace/DmActions.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dmc;
using namespace dmc::ui;

namespace {

// Runs `action` (which opens the modal preview), then, once the preview shows, saves it to `path` as Markdown and
// closes it; returns the name the preview proposed.
QString exportThroughPreview(QAction *action, const QString &path)
{
    QString suggested;
    bool saved = false;
    std::function<void()> answer = [&] {
        auto *preview = qobject_cast<ExportPreviewDialog *>(QApplication::activeModalWidget());
        if (!preview) {
            QTimer::singleShot(20, answer);
            return;
        }
        suggested = preview->suggestedName();
        saved = preview->saveTo(path, ExportFormat::Markdown);
        preview->accept();
    };
    QTimer::singleShot(0, answer);
    action->trigger();
    return saved ? suggested : QString();
}

} // namespace

class TestUiExportSaved : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DMCockpitTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_export_saved"));
        QSettings().clear();
        QVERIFY(Translations::install(QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("small.db"));
        const QString imported = test::importSmallFixture(m_path);
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
    }

    void savingSaysWhereAndTheAgendaCarriesTheStatus()
    {
        MainWindow window;
        QSignalSpy results(window.workspace(), &Workspace::resultsChanged);
        QVERIFY(window.openDatabase(m_path));
        QVERIFY(results.wait(15000));
        Workspace *workspace = window.workspace();
        QCOMPARE(workspace->asOf(), QDate(2026, 4, 6));

        // D05's stale-stage hit marked reviewed in the queue, with a note.
        DealAction reviewed;
        reviewed.status = DealAction::Status::Reviewed;
        reviewed.note = QStringLiteral("Discussed with Alice");
        workspace->actions()->saveAction(QStringLiteral("D05"), QStringLiteral("stale_stage"), reviewed);

        auto *exportAgenda = window.findChild<QAction *>(QStringLiteral("ExportAgendaAction"));
        QVERIFY(exportAgenda);
        const QString agendaPath = m_dir.filePath(QStringLiteral("agenda.md"));
        QCOMPARE(exportThroughPreview(exportAgenda, agendaPath),
                 QStringLiteral("2026-04-06_%1_forecast-call-agenda.pdf")
                     .arg(workspace->scopeKey().replace(u':', u'-')));
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Agenda saved to %1").arg(QDir::toNativeSeparators(agendaPath)));
        QFile agenda(agendaPath);
        QVERIFY(agenda.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(agenda.readAll());
        QVERIFY(text.contains(QLatin1String("| Evidence | Status |")));
        QVERIFY2(text.contains(QLatin1String("| Reviewed: Discussed with Alice |")), qPrintable(text));

        QSignalSpy packs(workspace, &Workspace::packChanged);
        workspace->setPackRep(QStringLiteral("r1"));
        QVERIFY(packs.wait(15000));
        auto *exportPack = window.findChild<QAction *>(QStringLiteral("ExportCoachingPackAction"));
        QVERIFY(exportPack);
        const QString packPath = m_dir.filePath(QStringLiteral("pack.md"));
        QCOMPARE(exportThroughPreview(exportPack, packPath), QStringLiteral("2026-04-06_r1_coaching-pack.pdf"));
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Coaching pack saved to %1").arg(QDir::toNativeSeparators(packPath)));

        QVERIFY(Translations::install(QStringLiteral("ru")));
        const QString russianPath = m_dir.filePath(QStringLiteral("повестка.md"));
        QVERIFY(!exportThroughPreview(exportAgenda, russianPath).isEmpty());
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Повестка сохранена: %1").arg(QDir::toNativeSeparators(russianPath)));
        QVERIFY(Translations::install(QStringLiteral("en")));
    }

    // The deal detail's Deal brief... and Account brief... on D04 (tests/cli/briefcommand has the same numbers):
    // a name dated by the as-of snapshot, the brief's numbers and the DM's note, the status bar naming the file.
    // File > Export agenda by district on region North (East: Alice Archer, Bob Baker; West: Carol Chen): the
    // folder dialog, then one PDF per district written off the GUI thread, and the status bar counts them.
    void agendaByDistrictWritesOnePdfEach()
    {
        MainWindow window;
        QSignalSpy results(window.workspace(), &Workspace::resultsChanged);
        QVERIFY(window.openDatabase(m_path));
        QVERIFY(results.wait(15000));
        window.workspace()->setScope(QStringLiteral("region:North"));
        QTRY_COMPARE_WITH_TIMEOUT(window.workspace()->scopeKey(), QStringLiteral("region:North"), 15000);

        const QString folder = m_dir.filePath(QStringLiteral("districts"));
        QVERIFY(QDir().mkpath(folder));
        QString dialogName;
        std::function<void()> answer = [&] {
            auto *chooser = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!chooser) {
                QTimer::singleShot(20, answer);
                return;
            }
            dialogName = chooser->objectName();
            chooser->selectFile(folder);
            static_cast<QDialog *>(chooser)->accept(); // QFileDialog::accept is protected: it checks the choice
        };
        QTimer::singleShot(0, answer);
        auto *byDistrict = window.findChild<QAction *>(QStringLiteral("ExportAgendaByDistrictAction"));
        QVERIFY(byDistrict);
        byDistrict->trigger();
        QCOMPARE(dialogName, QStringLiteral("DistrictAgendaFolderDialog"));
        QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(),
                                  QStringLiteral("2 district agendas saved to %1").arg(QDir::toNativeSeparators(folder)),
                                  30000);
        const QStringList files = QDir(folder).entryList(QDir::Files);
        QCOMPARE(files,
                 (QStringList{QStringLiteral("2026-04-06_district-East_forecast-call-agenda.pdf"),
                              QStringLiteral("2026-04-06_district-West_forecast-call-agenda.pdf")}));
        for (const QString &name : files) {
            QFile pdf(QDir(folder).filePath(name));
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            QVERIFY(pdf.read(5) == "%PDF-");
        }
    }

    void briefsFromTheDealDetail()
    {
        MainWindow window;
        QSignalSpy results(window.workspace(), &Workspace::resultsChanged);
        QVERIFY(window.openDatabase(m_path));
        QVERIFY(results.wait(15000));
        Workspace *workspace = window.workspace();
        DealAction noted;
        noted.note = QStringLiteral("Order form with procurement");
        workspace->actions()->saveAction(QStringLiteral("D04"), QString(), noted);
        workspace->selectDeal(workspace->engine()->dataset().opportunityIndex(QStringLiteral("D04")));

        // The deal detail built after the choice (the window is not shown) shows the deal.
        auto *dealBrief =
            window.dock(DockId::DealDetail)->content()->findChild<QAction *>(QStringLiteral("DealBriefAction"));
        QVERIFY(dealBrief);
        QVERIFY(dealBrief->isEnabled());
        const QString dealPath = m_dir.filePath(QStringLiteral("deal-brief.md"));
        QCOMPARE(exportThroughPreview(dealBrief, dealPath), QStringLiteral("2026-04-06_D04_deal-brief.pdf"));
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Deal brief saved to %1").arg(QDir::toNativeSeparators(dealPath)));
        QFile deal(dealPath);
        QVERIFY(deal.open(QIODevice::ReadOnly));
        const QString dealText = QString::fromUtf8(deal.readAll());
        QVERIFY2(dealText.contains(QLatin1String("| 40,000 | Negotiation | Commit | 2026-05-15 | New | 81 days |")),
                 qPrintable(dealText));
        QVERIFY(dealText.contains(QLatin1String("| The deal | Open | Order form with procurement |")));

        auto *accountBrief = window.findChild<QAction *>(QStringLiteral("AccountBriefAction"));
        QVERIFY(accountBrief);
        const QString accountPath = m_dir.filePath(QStringLiteral("account-brief.md"));
        QCOMPARE(exportThroughPreview(accountBrief, accountPath), QStringLiteral("2026-04-06_a2_account-brief.pdf"));
        QFile account(accountPath);
        QVERIFY(account.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(account.readAll()).contains(QLatin1String("2 open deals, 75,000 USD in all.")));
    }
};

QTEST_MAIN(TestUiExportSaved)
#include "tst_ui_export_saved.moc"
