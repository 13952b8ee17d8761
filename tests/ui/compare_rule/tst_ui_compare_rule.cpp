// The compare-to is a rule of the query: "previous snapshot" (the default) keeps it one
// snapshot behind the as-of whichever way Alt+Left / Alt+Right step; a date the DM picked stays
// while the as-of moves, and the cockpit's header then says how far back it is. The small
// fixture (tests/fixtures/small/README.md): snapshots S1 Mar 9, S2 Mar 16, S3 Mar 23 and
// S4 Apr 6 2026 (S3 -> S4 is two weeks, yet S3 is the snapshot before S4).
#include "fixtures/SmallDatabase.h"
#include "Workspace.h"
#include "analytics/text/DescriptiveLanguage.h"
#include "i18n/Translations.h"
#include "store/Database.h"
#include "views/CockpitView.h"
#include "window/DockId.h"
#include "window/MainWindow.h"
#include "window/QueryBar.h"
#include "window/ViewDock.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;
using namespace dmc::ui;

namespace {

const QDate S1(2026, 3, 9);
const QDate S2(2026, 3, 16);
const QDate S3(2026, 3, 23);
const QDate S4(2026, 4, 6);
// The cockpit's header up to its "changes since" part, at each as-of (scope Whole company).
const QString atS4 = QStringLiteral("Whole company \u00B7 Q2 FY2026, as of Monday, April 6, 2026  \u00B7  ");
const QString atS3 = QStringLiteral("Whole company \u00B7 Q1 FY2026, as of Monday, March 23, 2026  \u00B7  ");
const QString atS2 = QStringLiteral("Whole company \u00B7 Q1 FY2026, as of Monday, March 16, 2026  \u00B7  ");

} // namespace

class TestUiCompareRule : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        QSignalSpy results(window->workspace(), &Workspace::resultsChanged);
        if (!window->openDatabase(m_path) || !results.wait(15000))
            return nullptr;
        return window;
    }

    // Runs one query-bar action and waits for the recomputed results.
    static bool step(MainWindow &window, QAction *action)
    {
        QSignalSpy results(window.workspace(), &Workspace::resultsChanged);
        action->trigger();
        return results.wait(15000);
    }

    static bool chooseCompareRow(MainWindow &window, int row)
    {
        auto *combo = window.queryBar()->findChild<QComboBox *>(QStringLiteral("CompareToCombo"));
        if (!combo || row < 0 || row >= combo->count())
            return false;
        QSignalSpy results(window.workspace(), &Workspace::resultsChanged);
        combo->setCurrentIndex(row);
        emit combo->activated(row);
        return results.wait(15000);
    }

    static QString heading(MainWindow &window)
    {
        auto *label = window.dock(DockId::Cockpit)->content()->findChild<QLabel *>(QStringLiteral("CockpitHeading"));
        return label ? label->text() : QString();
    }

    static QComboBox *compareCombo(MainWindow &window)
    {
        return window.queryBar()->findChild<QComboBox *>(QStringLiteral("CompareToCombo"));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DMCockpitTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_compare_rule"));
        QSettings().clear();
        QVERIFY(Translations::install(QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("small.db"));
        const QString imported = test::importSmallFixture(m_path);
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
    }

    void cleanup() { QSettings().clear(); }

    void previousSnapshotFollowsEveryStep()
    {
        auto window = openWindow();
        QVERIFY(window);
        Workspace *workspace = window->workspace();
        QueryBar *bar = window->queryBar();
        QCOMPARE(workspace->asOf(), S4);
        QCOMPARE(workspace->compareTo(), S3);
        QVERIFY(!workspace->compareRule().isFixed());
        QCOMPARE(compareCombo(*window)->itemText(0), QStringLiteral("Previous snapshot"));
        QCOMPARE(compareCombo(*window)->currentIndex(), 0);
        // S3 is two weeks before S4 but it is the snapshot before it: no span is stated.
        QCOMPARE(heading(*window), atS4 + QStringLiteral("changes since 3/23/26"));

        QVERIFY(step(*window, bar->previousWeekAction())); // Alt+Left
        QCOMPARE(workspace->asOf(), S3);
        QCOMPARE(workspace->compareTo(), S2);
        QVERIFY(step(*window, bar->previousWeekAction()));
        QCOMPARE(workspace->asOf(), S2);
        QCOMPARE(workspace->compareTo(), S1);
        QVERIFY(step(*window, bar->nextWeekAction())); // Alt+Right
        QCOMPARE(workspace->asOf(), S3);
        QCOMPARE(workspace->compareTo(), S2);
        QVERIFY(step(*window, bar->nextWeekAction()));
        QCOMPARE(workspace->asOf(), S4);
        QCOMPARE(workspace->compareTo(), S3);
        QVERIFY(!workspace->compareRule().isFixed());
        QCOMPARE(compareCombo(*window)->currentIndex(), 0);
        QCOMPARE(heading(*window), atS4 + QStringLiteral("changes since 3/23/26"));
    }

    void aFixedDateStaysAndTheHeaderSaysHowFarBack()
    {
        auto window = openWindow();
        QVERIFY(window);
        Workspace *workspace = window->workspace();
        QueryBar *bar = window->queryBar();
        // Rows: "Previous snapshot", then S4, S3, S2, S1 (newest first).
        QComboBox *combo = compareCombo(*window);
        QCOMPARE(combo->count(), 5);
        QCOMPARE(combo->itemData(4).toDate(), S1);
        QVERIFY(chooseCompareRow(*window, 4));
        QCOMPARE(workspace->compareRule(), CompareToRule::fixedDate(S1));
        QCOMPARE(workspace->compareTo(), S1);
        QCOMPARE(heading(*window), atS4 + QStringLiteral("changes since 3/9/26 (4 weeks, fixed compare-to date)"));

        QVERIFY(step(*window, bar->previousWeekAction())); // Alt+Left: S3, still against S1
        QCOMPARE(workspace->asOf(), S3);
        QCOMPARE(workspace->compareTo(), S1);
        QCOMPARE(combo->currentData().toDate(), S1);
        QCOMPARE(heading(*window), atS3 + QStringLiteral("changes since 3/9/26 (2 weeks, fixed compare-to date)"));

        // S2: the fixed S1 is the snapshot before it, so the plain line.
        QVERIFY(step(*window, bar->previousWeekAction()));
        QCOMPARE(workspace->asOf(), S2);
        QCOMPARE(workspace->compareTo(), S1);
        QCOMPARE(heading(*window), atS2 + QStringLiteral("changes since 3/9/26"));

        QVERIFY(step(*window, bar->previousWeekAction())); // S1: nothing before the as-of
        QCOMPARE(workspace->asOf(), S1);
        QCOMPARE(workspace->compareTo(), QDate());
        QCOMPARE(workspace->compareRule(), CompareToRule::fixedDate(S1));

        for (int i = 0; i < 3; ++i)
            QVERIFY(step(*window, bar->nextWeekAction())); // Alt+Right back to the latest
        QCOMPARE(workspace->asOf(), S4);
        QCOMPARE(workspace->compareTo(), S1);
        QCOMPARE(combo->currentData().toDate(), S1);
        QCOMPARE(heading(*window), atS4 + QStringLiteral("changes since 3/9/26 (4 weeks, fixed compare-to date)"));

        // "Previous snapshot" again: S3, and the plain header.
        QVERIFY(chooseCompareRow(*window, 0));
        QVERIFY(!workspace->compareRule().isFixed());
        QCOMPARE(workspace->compareTo(), S3);
        QCOMPARE(heading(*window), atS4 + QStringLiteral("changes since 3/23/26"));
    }

    // The wording in Russian, and descriptive in both languages (the guardrail's check).
    void theHeaderLineInRussianIsDescriptiveToo()
    {
        auto window = openWindow();
        QVERIFY(window);
        QVERIFY(chooseCompareRow(*window, 4)); // S1, four weeks before S4
        const QString english = heading(*window);
        QVERIFY(english.endsWith(QStringLiteral("(4 weeks, fixed compare-to date)")));
        QCOMPARE(DescriptiveLanguage::violations(english), QStringList());

        QSignalSpy results(window->workspace(), &Workspace::resultsChanged);
        window->switchLanguage(QStringLiteral("ru"));
        QVERIFY(results.wait(15000));
        const QString russian = heading(*window);
        QCOMPARE(russian,
                 QStringLiteral(
                     "Вся компания \u00B7 2\u00a0кв.\u00a02026 \u00B7 на понедельник, 6 апреля 2026 г.  \u00B7  "
                     "изменения с 09.03.2026 (4\u00a0недели, закреплённая дата сравнения)"));
        QCOMPARE(DescriptiveLanguage::violations(russian), QStringList());
        QCOMPARE(compareCombo(*window)->itemText(0), QStringLiteral("Предыдущий снимок"));
        QCOMPARE(compareCombo(*window)->currentData().toDate(), S1);
        QCOMPARE(DescriptiveLanguage::violations(compareCombo(*window)->toolTip()), QStringList());
        QVERIFY(Translations::install(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestUiCompareRule)
#include "tst_ui_compare_rule.moc"
