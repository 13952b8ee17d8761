// The Quarterly review dock's models and view over tests/fixtures/review/ReviewFixture.h stored in
// a database and opened by a Workspace: the values below are the fixture's, computed by hand there
// and in tests/core/analytics/review_bridge.
#include "fixtures/review/ReviewFixture.h"

#include "AccuracyTrendModel.h"
#include "DistrictComparisonModel.h"
#include "LossValueModel.h"
#include "RenewalOutlookModel.h"
#include "ReviewModels.h"
#include "ReviewSplitModel.h"
#include "ReviewTermModel.h"
#include "SourceMixModel.h"
#include "WinLossGroupModel.h"
#include "Workspace.h"
#include "analytics/text/DescriptiveLanguage.h"
#include "charts/WaterfallChart.h"
#include "dialogs/ExportPreviewDialog.h"
#include "i18n/Translations.h"
#include "store/CrmWriter.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "views/QuarterlyReviewView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QTimer>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;
using namespace dmc::ui;

class TestUiReview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    static QString cell(const QAbstractItemModel *model, int row, int column)
    {
        return model->data(model->index(row, column)).toString().replace(QChar(0xa0), u' ');
    }

    // Opens the fixture on Q3 2026 in `scope` with the review shown, and waits for the review of
    // exactly that query.
    bool openReview(Workspace &workspace, const QString &scope)
    {
        QSignalSpy results(&workspace, &Workspace::resultsChanged);
        if (!workspace.open(m_db).ok() || !results.wait(15000))
            return false;
        workspace.setReviewShown(true);
        workspace.setScope(scope);
        workspace.setPeriod(QStringLiteral("2026Q3"));
        return reviewOf(workspace, scope);
    }

    bool reviewOf(Workspace &workspace, const QString &scope)
    {
        return QTest::qWaitFor(
            [&] {
                const QuarterlyReview *review = workspace.reviewModels()->review();
                return !workspace.isComputing() && !workspace.isReviewComputing() && review
                    && review->query.period.key() == QLatin1String("2026Q3") && review->query.scope.key() == scope;
            },
            15000);
    }

    static void testAll(ReviewModels *models, std::vector<std::unique_ptr<QAbstractItemModelTester>> &testers)
    {
        for (QAbstractItemModel *model :
             std::initializer_list<QAbstractItemModel *>{models->termModel(), models->dealTypeModel(),
                                                         models->segmentModel(), models->reasonModel(),
                                                         models->competitorModel(), models->repModel(),
                                                         models->districtWinLossModel(), models->sourceModel(),
                                                         models->renewalModel(), models->accuracyModel(),
                                                         models->districtModel()})
            testers.push_back(
                std::make_unique<QAbstractItemModelTester>(model,
                                                           QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        m_db = m_dir.filePath(QStringLiteral("review.db"));
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        Transaction transaction((*db)->connectionName());
        QVERIFY(CrmWriter(**db).write(test::reviewFixture()).ok());
        QVERIFY(transaction.commit());
    }

    // D1, Q3 against Q2: 400.00 -> 700.01; volume 119.44, win rate 97.78, size 82.79 (Shapley,
    // the residue cent on volume); one deal type, so the mix is 0.
    void termsOfDistrictOne()
    {
        Workspace workspace;
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        testAll(workspace.reviewModels(), testers);
        QVERIFY(openReview(workspace, QStringLiteral("district:D1")));
        const ReviewTermModel *terms = workspace.reviewModels()->termModel();
        QCOMPARE(terms->rowCount(), 6);
        QCOMPARE(terms->line(0), ReviewTermModel::Line::Baseline);
        QCOMPARE(terms->amount(0), Cents(40000));
        QCOMPARE(terms->amount(1), Cents(11944));
        QCOMPARE(terms->amount(2), Cents(9778));
        QCOMPARE(terms->amount(3), Cents(8279));
        QCOMPARE(terms->line(4), ReviewTermModel::Line::Mix);
        QCOMPARE(terms->amount(4), Cents(0));
        QCOMPARE(terms->amount(5), Cents(70001));
        QCOMPARE(cell(terms, 0, ReviewTermModel::Term), QStringLiteral("Bookings Q2 FY2026"));
        QCOMPARE(cell(terms, 1, ReviewTermModel::Amount), QStringLiteral("+$119"));
        QCOMPARE(cell(terms, 1, ReviewTermModel::Measure), QStringLiteral("decided deals 4 → 5"));
        QCOMPARE(cell(terms, 2, ReviewTermModel::Measure), QStringLiteral("50% → 60%"));
        QCOMPARE(cell(terms, 3, ReviewTermModel::Measure), QStringLiteral("$200 → $233"));
        QCOMPARE(cell(terms, 0, ReviewTermModel::Measure), QStringLiteral("2 won of 4 decided"));
        // The deals behind the terms: volume and win rate every decided deal of both quarters
        // (5 + 4), size the won ones (3 + 2).
        QCOMPARE(terms->dealsAt(1).size(), size_t(9));
        QCOMPARE(cell(terms, 1, ReviewTermModel::Deals), QStringLiteral("9"));
        QCOMPARE(terms->dealsAt(3).size(), size_t(5));
        QCOMPARE(workspace.opportunityIds(terms->dealsAt(3)).first(), QStringLiteral("O05"));

        // Three factors over the whole scope: no mix row.
        workspace.reviewModels()->setTerms(ReviewModels::Terms::WholeScope);
        QCOMPARE(terms->rowCount(), 5);
        QCOMPARE(terms->amount(4), Cents(70001));

        // Two lost deals: counts, no share (under WinLoss::MinimumLostForShare).
        const LossValueModel *reasons = workspace.reviewModels()->reasonModel();
        QCOMPARE(reasons->rowCount(), 1);
        QCOMPARE(cell(reasons, 0, LossValueModel::Value), QStringLiteral("Price"));
        QCOMPARE(cell(reasons, 0, LossValueModel::Lost), QStringLiteral("1"));
        QCOMPARE(cell(reasons, 0, LossValueModel::Amount), QStringLiteral("$100"));
        QCOMPARE(cell(reasons, 0, LossValueModel::Share), QStringLiteral("under 10 lost"));

        // Every deal's source is "Web": inbound, 3 won of 5 decided.
        const SourceMixModel *sources = workspace.reviewModels()->sourceModel();
        QCOMPARE(sources->rowCount(), 4);
        QCOMPARE(cell(sources, 0, SourceMixModel::Group), QStringLiteral("Inbound"));
        QCOMPARE(cell(sources, 0, SourceMixModel::Decided), QStringLiteral("5"));
        QCOMPARE(cell(sources, 0, SourceMixModel::Bookings), QStringLiteral("$700"));
        QCOMPARE(cell(sources, 0, SourceMixModel::WinRate), QStringLiteral("60%"));
        QCOMPARE(sources->dealsAt(0, SourceMixModel::Won).size(), size_t(3));
        QCOMPARE(cell(sources, 1, SourceMixModel::Decided), QStringLiteral("0"));
        // Not a region: no district comparison.
        QCOMPARE(workspace.reviewModels()->districtModel()->rowCount(), 0);
    }

    // D2: each segment keeps its win rate and average; only the shares move. By segment the whole
    // change is mix: Enterprise -100.00, SMB +300.00, total +200.00.
    void mixAcrossSegments()
    {
        Workspace workspace;
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        testAll(workspace.reviewModels(), testers);
        QVERIFY(openReview(workspace, QStringLiteral("district:D2")));
        const ReviewSplitModel *segments = workspace.reviewModels()->segmentModel();
        QCOMPARE(segments->rowCount(), 3);
        QCOMPARE(cell(segments, 0, ReviewSplitModel::Group), QStringLiteral("Enterprise"));
        QCOMPARE(cell(segments, 0, ReviewSplitModel::Baseline), QStringLiteral("$200"));
        QCOMPARE(cell(segments, 0, ReviewSplitModel::Actual), QStringLiteral("$100"));
        QCOMPARE(segments->amount(0, ReviewSplitModel::Mix), Cents(-10000));
        QCOMPARE(segments->amount(0, ReviewSplitModel::Volume), Cents(0));
        QCOMPARE(cell(segments, 1, ReviewSplitModel::Group), QStringLiteral("SMB"));
        QCOMPARE(cell(segments, 1, ReviewSplitModel::Mix), QStringLiteral("+$300"));
        QVERIFY(segments->isTotal(2));
        QCOMPARE(cell(segments, 2, ReviewSplitModel::Group), QStringLiteral("Total"));
        QCOMPARE(segments->amount(2, ReviewSplitModel::Mix), Cents(20000));
        QCOMPARE(segments->amount(2, ReviewSplitModel::Change), Cents(20000));
        // The mix's deals: the six decided deals of Q3 and the six of Q2.
        QCOMPARE(segments->dealsAt(2, ReviewSplitModel::Mix).size(), size_t(12));
        QCOMPARE(segments->headerData(ReviewSplitModel::Baseline, Qt::Horizontal).toString(),
                 QStringLiteral("Q2 FY2026"));

        // The chart's terms with the mix across segments: 500.00 + 0 + 0 + 0 + 200.00 = 700.00.
        workspace.reviewModels()->setTerms(ReviewModels::Terms::MixBySegment);
        const ReviewTermModel *terms = workspace.reviewModels()->termModel();
        QCOMPARE(terms->amount(0), Cents(50000));
        QCOMPARE(terms->amount(1) + terms->amount(2) + terms->amount(3), Cents(0));
        QCOMPARE(terms->amount(4), Cents(20000));
        QCOMPARE(terms->amount(5), Cents(70000));
    }

    // Region North: 15 lost (D1 2, D2 3, D3 10), shares shown; Price 7 of them (7/15 = 47%), Rival 3
    // (20%). Win rates D1 3/5, D2 3/6, D3 2/12; the median 50%.
    void regionTables()
    {
        Workspace workspace;
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        testAll(workspace.reviewModels(), testers);
        QVERIFY(openReview(workspace, QStringLiteral("region:North")));
        ReviewModels *models = workspace.reviewModels();
        const LossValueModel *reasons = models->reasonModel();
        QCOMPARE(cell(reasons, 0, LossValueModel::Value), QStringLiteral("Price"));
        QCOMPARE(cell(reasons, 0, LossValueModel::Lost), QStringLiteral("7"));
        QCOMPARE(cell(reasons, 0, LossValueModel::Share), QStringLiteral("47%"));
        QCOMPARE(reasons->dealsAt(0, LossValueModel::Value).size(), size_t(7));
        const LossValueModel *competitors = models->competitorModel();
        QCOMPARE(competitors->rowCount(), 1);
        QCOMPARE(cell(competitors, 0, LossValueModel::Value), QStringLiteral("Rival"));
        QCOMPARE(cell(competitors, 0, LossValueModel::Share), QStringLiteral("20%"));

        const WinLossGroupModel *reps = models->repModel();
        QCOMPARE(reps->rowCount(), 4);
        int three = -1;
        for (int row = 0; row < reps->rowCount(); ++row)
            if (reps->row(row).id == QLatin1String("r3"))
                three = row;
        QVERIFY(three >= 0);
        QCOMPARE(cell(reps, three, WinLossGroupModel::Decided), QStringLiteral("11"));
        QCOMPARE(cell(reps, three, WinLossGroupModel::LostWithReason), QStringLiteral("9"));
        QCOMPARE(cell(reps, three, WinLossGroupModel::WinRate), QStringLiteral("18%"));
        QCOMPARE(cell(reps, three, WinLossGroupModel::Bookings), QStringLiteral("$1,000"));

        const DistrictComparisonModel *districts = models->districtModel();
        QCOMPARE(districts->rowCount(), 4);
        QCOMPARE(cell(districts, 0, DistrictComparisonModel::District), QStringLiteral("D1"));
        QCOMPARE(cell(districts, 0, DistrictComparisonModel::WinRate), QStringLiteral("60%"));
        QCOMPARE(cell(districts, 2, DistrictComparisonModel::WinRate), QStringLiteral("17%"));
        QVERIFY(districts->isMedian(3));
        QCOMPARE(cell(districts, 3, DistrictComparisonModel::District), QStringLiteral("Region median"));
        QCOMPARE(cell(districts, 3, DistrictComparisonModel::WinRate), QStringLiteral("50%"));
        QVERIFY(districts->dealsAt(3, DistrictComparisonModel::WinRate).empty());
        QCOMPARE(districts->dealsAt(2, DistrictComparisonModel::WinRate).size(), size_t(12));

        // Every generated sentence the dock shows describes, never judges.
        QStringList sentences{models->headline(), models->method(), models->snapshots(), models->winLossSummary()};
        sentences << models->winLossNotes() << models->districtLines();
        QVERIFY(!models->districtLines().isEmpty());
        for (const QString &sentence : sentences)
            QVERIFY2(DescriptiveLanguage::isDescriptive(sentence), qPrintable(sentence));
    }

    // The dock: the chart's bars are the term table's rows; a bar lists its deals in the queue.
    void dockDrillsATerm()
    {
        Workspace workspace;
        QuarterlyReviewView view(&workspace);
        view.resize(1100, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(openReview(workspace, QStringLiteral("district:D1")));
        const auto &bars = view.chart()->bars();
        QCOMPARE(bars.size(), size_t(6));
        QCOMPARE(bars[1].caption, QStringLiteral("Volume"));
        QCOMPARE(bars[1].amount, Cents(11944));
        QVERIFY(bars[0].total && bars[5].total);
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("ReviewHeadline"))->text().replace(QChar(0xa0), u' '),
                 QStringLiteral("Bookings Q3 FY2026, District D1: 700 USD against 400 USD in Q2 FY2026 (the "
                                "previous period): +300 USD."));
        QSignalSpy drilled(&workspace, &Workspace::drillRequested);
        view.drillTerm(3); // average won deal
        QCOMPARE(drilled.size(), 1);
        QCOMPARE(drilled[0][0].toString().replace(QChar(0xa0), u' '),
                 QStringLiteral("Average won deal, Q3 FY2026 against Q2 FY2026: +$83"));
        QCOMPARE(drilled[0][1].value<std::vector<qint32>>().size(), size_t(5));
        // Enter on a cell of the split by deal type lists that cell's deals.
        auto *byType = view.findChild<QTableView *>(QStringLiteral("ReviewByTypeTable"));
        QVERIFY(byType);
        byType->setCurrentIndex(byType->model()->index(0, ReviewSplitModel::Size));
        emit byType->activated(byType->currentIndex());
        QCOMPARE(drilled.size(), 2);
        QCOMPARE(drilled[1][1].value<std::vector<qint32>>().size(), size_t(5));

        // The baseline a year before: the fixture has no snapshot then, the whole change is volume.
        auto *baseline = view.findChild<QComboBox *>(QStringLiteral("ReviewBaselineCombo"));
        QVERIFY(baseline);
        QSignalSpy changed(&workspace, &Workspace::reviewChanged);
        QVERIFY(QMetaObject::invokeMethod(baseline, "activated", Q_ARG(int, 1)));
        QVERIFY(changed.wait(15000));
        QCOMPARE(workspace.reviewBaseline(), ReviewBaseline::Kind::LastYear);
        QCOMPARE(workspace.reviewModels()->termModel()->amount(1), Cents(70001));
    }

    // "Review of": the quarter, then its three months. D1's Q3 deals all close on 15 September:
    // September against August is 0.00 -> 700.01, the whole change in volume (no baseline deals).
    void dockReviewsAMonth()
    {
        Workspace workspace;
        QuarterlyReviewView view(&workspace);
        view.resize(1100, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(openReview(workspace, QStringLiteral("district:D1")));
        auto *length = view.findChild<QComboBox *>(QStringLiteral("ReviewLengthCombo"));
        QVERIFY(length);
        QCOMPARE(length->count(), 4);
        QCOMPARE(length->itemText(0), QStringLiteral("Q3 FY2026, the whole quarter"));
        QCOMPARE(length->itemText(1), QStringLiteral("July 2026"));
        QCOMPARE(length->itemText(3), QStringLiteral("September 2026"));
        QCOMPARE(length->currentIndex(), 0);

        QSignalSpy changed(&workspace, &Workspace::reviewChanged);
        QVERIFY(QMetaObject::invokeMethod(length, "activated", Q_ARG(int, 3)));
        QVERIFY(changed.wait(15000));
        QCOMPARE(workspace.reviewMonth(), 3);
        const QuarterlyReview *review = workspace.reviewModels()->review();
        QVERIFY(review);
        QCOMPARE(review->actual.period.key(), QStringLiteral("2026-09"));
        QCOMPARE(review->baseline.period.key(), QStringLiteral("2026-08"));
        const ReviewTermModel *terms = workspace.reviewModels()->termModel();
        QCOMPARE(terms->amount(0), Cents(0));
        QCOMPARE(terms->amount(1), Cents(70001));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("ReviewHeadline"))->text().replace(QChar(0xa0), u' '),
                 QStringLiteral("Bookings September 2026, District D1: 700 USD against 0 USD in August 2026 (the "
                                "previous period): +700 USD."));
        QCOMPARE(length->currentIndex(), 3);
    }

    // "Save as document..." writes what `dmcockpit review -o` writes (tests/cli/reviewcommand has the
    // same lines): D1's bridge to the unit, 400 -> 700: +119, +98, +83.
    void dockSavesTheDocument()
    {
        Workspace workspace;
        QuarterlyReviewView view(&workspace);
        view.resize(1100, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(openReview(workspace, QStringLiteral("district:D1")));
        auto *save = view.findChild<QPushButton *>(QStringLiteral("ReviewSaveButton"));
        QVERIFY(save);
        QTRY_VERIFY(save->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("review.md"));
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
        save->click();
        QVERIFY(saved);
        QCOMPARE(suggested,
                 QStringLiteral("%1_district-D1_2026Q3_quarterly-review.pdf")
                     .arg(workspace.asOf().toString(Qt::ISODate)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const QString &line : {QStringLiteral("# Quarterly review: District D1"),
                                    QStringLiteral("| Volume | +119 | +119 | decided deals 4 → 5 |"),
                                    QStringLiteral("| Win rate | +98 | +98 | 50% → 60% |"),
                                    QStringLiteral("| Difference | +300 | +300 |  |")})
            QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + text));
    }
};

QTEST_MAIN(TestUiReview)
#include "tst_ui_review.moc"
