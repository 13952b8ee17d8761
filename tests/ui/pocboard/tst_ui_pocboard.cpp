// The POC board dock and the deal's POC scorecard on tests/fixtures/poc (values by hand in its
// README): the models pass QAbstractItemModelTester, cells show the fixture's days, ticks and tasks,
// and a language switch rewrites them in Russian.
#include "PocBoardModel.h"
#include "PocScorecardModel.h"
#include "Workspace.h"
#include "analytics/dataset/Dataset.h"
#include "i18n/Translations.h"
#include "import/Importer.h"
#include "import/profile/ImportProfile.h"
#include "store/Database.h"
#include "views/DealDetailView.h"
#include "views/PocBoardView.h"
#include "dialogs/ExportPreviewDialog.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QTimer>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace dmc;
using namespace dmc::ui;

class TestUiPocBoard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    static int rowOf(const PocBoardModel &model, const QString &pocId)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.scorecard(row).poc.id == pocId)
                return row;
        return -1;
    }

    static QString cell(const QAbstractItemModel &model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        m_path = m_dir.filePath(QStringLiteral("poc.db"));
        auto database = Database::open(m_path);
        QVERIFY(database.ok());
        auto profile = ImportProfile::load(QStringLiteral("canonical"));
        QVERIFY(profile.ok());
        auto report =
            Importer(**database, std::move(profile.value())).run({QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/poc")});
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
    }

    void boardShowsEveryPocOfTheScope()
    {
        Workspace workspace;
        QSignalSpy built(&workspace, &Workspace::pocsAndPlaysChanged);
        // The board is built after the results, on a worker: the cockpit does not wait for it.
        QStringList order;
        connect(&workspace, &Workspace::resultsChanged, this, [&order] { order << QStringLiteral("results"); });
        connect(&workspace, &Workspace::pocsAndPlaysChanged, this, [&order] { order << QStringLiteral("board"); });
        QVERIFY(workspace.open(m_path).ok());
        QVERIFY(built.wait(15000));
        QCOMPARE(order, (QStringList{QStringLiteral("results"), QStringLiteral("board")}));
        QCOMPARE(workspace.pocBoard()->pocs.size(), size_t(6));
        PocBoardView view(&workspace);
        QAbstractItemModelTester boardTester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester scorecardTester(view.scorecardModel(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        const PocBoardModel &model = *view.model();
        QCOMPARE(workspace.asOf(), QDate(2026, 6, 15));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(PocBoardModel::ColumnCount));

        const int p3 = rowOf(model, QStringLiteral("p3"));
        QCOMPARE(cell(model, p3, PocBoardModel::Poc), QStringLiteral("Cedar analytics"));
        QCOMPARE(cell(model, p3, PocBoardModel::Rep), QStringLiteral("Bob Stone"));
        QCOMPARE(cell(model, p3, PocBoardModel::Days), QStringLiteral("day 70 of 28 planned"));
        QCOMPARE(cell(model, p3, PocBoardModel::Dor), QStringLiteral("7 of 7"));
        QCOMPARE(cell(model, p3, PocBoardModel::CheckIns), QStringLiteral("2 of 3 held"));
        QCOMPARE(cell(model, p3, PocBoardModel::SellerTasks), QStringLiteral("1 open · 1 overdue"));
        QVERIFY(model.data(model.index(p3, PocBoardModel::Timeline), PocBoardModel::OverrunRole).toBool());
        const QVariantList line =
            model.data(model.index(p3, PocBoardModel::Timeline), PocBoardModel::TimelineRole).toList();
        QCOMPARE(line.size(), 6);
        QCOMPARE(line[0].toDate(), QDate(2026, 4, 6));
        QCOMPARE(line[1].toDate(), QDate(2026, 5, 4));
        QCOMPARE(line[2].toDate(), QDate(2026, 6, 15)); // running: to the as-of
        QCOMPARE(line[4].toDate(), QDate(2026, 3, 9));  // the scale: p4's start ...
        QCOMPARE(line[5].toDate(), QDate(2026, 7, 20)); // ... to p7's planned end

        const int p2 = rowOf(model, QStringLiteral("p2"));
        QCOMPARE(cell(model, p2, PocBoardModel::Dor), QStringLiteral("5 of 7"));
        QCOMPARE(cell(model, p2, PocBoardModel::Criteria), QStringLiteral("1 measurable · 0 met · 0 not met"));
        QCOMPARE(cell(model, p2, PocBoardModel::BuyerTasks), QStringLiteral("3 open · 2 overdue"));
        QVERIFY(model.data(model.index(p2, PocBoardModel::Dor), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("✗ Environment ready on or before the start")));
        const int o6 = rowOf(model, QStringLiteral("o6"));
        QCOMPARE(cell(model, o6, PocBoardModel::Dor), QStringLiteral("not recorded"));

        const QStringList figures = model.figureLines();
        QCOMPARE(figures.value(0),
                 QStringLiteral("DOR complete at the start: 2 of 4 started POCs with a checklist (50%); 1 started "
                                "without one."));
        QCOMPARE(figures.value(1),
                 QStringLiteral("Duration in days: median 32, 75th percentile 42 (n = 5). Past the "
                                "planned end: 3 of 5; days over the plan: median 4."));
        QCOMPARE(figures.value(3),
                 QStringLiteral("Deals decided in the period: with a POC 67% won (n = 3), without "
                                "33% won (n = 3)."));
        QCOMPARE(figures.value(4),
                 QStringLiteral("POC to won within 90 days, by start quarter: 2026Q1: 1 of 2 ended; 2026Q2: 1 of 1 "
                                "ended."));

        // The selected POC's scorecard: facts, ticks, criteria, check-ins, tasks by side.
        const QAbstractItemModel *shown = view.table()->model(); // the sort proxy
        // Latest start first: the fixture's starts, read from the top, never increase.
        const auto *proxy = static_cast<const QAbstractProxyModel *>(shown);
        QStringList starts;
        for (int row = 0; row < shown->rowCount(); ++row)
            starts << view.model()
                          ->scorecard(proxy->mapToSource(shown->index(row, 0)).row())
                          .poc.start.toString(Qt::ISODate);
        QStringList descending = starts;
        std::sort(descending.begin(), descending.end(), std::greater<>());
        QCOMPARE(starts, descending);
        QVERIFY(starts.size() > 1 && starts.first() > starts.last());
        QCOMPARE(view.table()->currentIndex().row(), 0); // the latest POC is the one shown first
        for (int row = 0; row < shown->rowCount(); ++row)
            if (shown->index(row, PocBoardModel::Poc).data().toString() == QStringLiteral("Birch rollout"))
                view.table()->setCurrentIndex(shown->index(row, 0));
        const PocScorecardModel &scorecard = *view.scorecardModel();
        QCOMPARE(cell(scorecard, 0, PocScorecardModel::Item), QStringLiteral("POC p2 · Birch rollout"));
        QCOMPARE(cell(scorecard, 1, PocScorecardModel::Item), QStringLiteral("day 28 of 42 planned"));
        QStringList rows;
        for (int row = 0; row < scorecard.rowCount(); ++row)
            rows << cell(scorecard, row, 0) + u'|' + cell(scorecard, row, 2);
        QVERIFY(rows.contains(QStringLiteral("Environment ready on or before the start|✗ no")));
        QVERIFY(rows.contains(QStringLiteral("Evaluator named|✓ yes")));
        QVERIFY(rows.contains(QStringLiteral("Users like it|Open")));
        QVERIFY(rows.contains(QStringLiteral("Buyer: Open firewall|open")));
        QVERIFY(rows.contains(QStringLiteral("Seller: Configure workflows|open")));
        QCOMPARE(rows.filter(QStringLiteral("|not held")).size(), 2); // k5 and k6

        // Deal detail shows the selected deal's POC scorecard.
        DealDetailView detail(&workspace);
        workspace.selectDeal(workspace.dataset()->opportunityIndex(QStringLiteral("o1")));
        QCOMPARE(detail.pocScorecardModel()->scorecards().size(), size_t(1));
        QCOMPARE(detail.pocScorecardModel()->scorecards()[0].poc.id, QStringLiteral("p1"));
        QCOMPARE(cell(*detail.pocScorecardModel(), 1, PocScorecardModel::Item),
                 QStringLiteral("30 days of 28 planned, ended 2026-03-04"));

        // Russian: the same cells, in Russian.
        QVERIFY(Translations::install(QStringLiteral("ru")));
        workspace.retranslate();
        QVERIFY(built.wait(15000));
        QCOMPARE(cell(model, rowOf(model, QStringLiteral("p3")), PocBoardModel::Days),
                 QStringLiteral("день 70\u00A0из 28\u00A0по плану"));
        QCOMPARE(model.headerData(PocBoardModel::BuyerTasks, Qt::Horizontal).toString(),
                 QStringLiteral("Задачи покупателя"));
        QVERIFY(Translations::install(QStringLiteral("en")));
    }

    // "Weekly digest..." saves what `dmcockpit pocs --digest` writes (tests/cli/pocscommand): the
    // fixture has one snapshot, so no compare-to date and the week before the as-of is read,
    // (06-08, 06-15], where only t4 (p2's buyer task) was done, on 06-12.
    void dockSavesTheWeeklyDigest()
    {
        Workspace workspace;
        QSignalSpy built(&workspace, &Workspace::pocsAndPlaysChanged);
        QVERIFY(workspace.open(m_path).ok());
        QVERIFY(built.wait(15000));
        QVERIFY(!workspace.compareTo().isValid());
        PocBoardView view(&workspace);
        auto *digest = view.findChild<QPushButton *>(QStringLiteral("PocDigestButton"));
        QVERIFY(digest);
        QCOMPARE(digest->text(), QStringLiteral("&Weekly digest..."));
        const QString path = m_dir.filePath(QStringLiteral("digest.md"));
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
        digest->click();
        QVERIFY(saved);
        QCOMPARE(suggested, QStringLiteral("2026-06-15_all_poc-digest.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("- **As of:** 2026-06-15\n- **Changes since:** 2026-06-08\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("## p2: Birch rollout")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("### Since 2026-06-08\n\n- buyer task Name admin done on 2026-06-12\n")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral(
            "- 2 buyer tasks overdue: Open firewall (due 2026-06-01); Share ledger extract (due 2026-06-12)")));
    }
};

QTEST_MAIN(TestUiPocBoard)
#include "tst_ui_pocboard.moc"
