#include "ReviewModels.h"

#include "AccuracyTrendModel.h"
#include "DistrictComparisonModel.h"
#include "LossValueModel.h"
#include "RenewalOutlookModel.h"
#include "ReviewSplitModel.h"
#include "ReviewTermModel.h"
#include "SourceMixModel.h"
#include "WinLossGroupModel.h"
#include "analytics/review/ReviewText.h"

namespace dmc::ui {

ReviewModels::ReviewModels(QObject *parent)
    : QObject(parent)
    , m_termModel(new ReviewTermModel(this))
    , m_dealTypeModel(new ReviewSplitModel(this))
    , m_segmentModel(new ReviewSplitModel(this))
    , m_reasonModel(new LossValueModel(LossValueModel::Kind::Reason, this))
    , m_competitorModel(new LossValueModel(LossValueModel::Kind::Competitor, this))
    , m_repModel(new WinLossGroupModel(this))
    , m_districtWinLossModel(new WinLossGroupModel(this))
    , m_sourceModel(new SourceMixModel(this))
    , m_renewalModel(new RenewalOutlookModel(this))
    , m_accuracyModel(new AccuracyTrendModel(this))
    , m_districtModel(new DistrictComparisonModel(this))
{
}

void ReviewModels::setReview(QuarterlyReview taken, const Dataset *dataset)
{
    m_review = std::move(taken);
    const QuarterlyReview &review = *m_review;
    const QString currency = review.reportingCurrency;
    const FiscalPeriod &before = review.baseline.period;
    const FiscalPeriod &after = review.actual.period;
    m_headline = dataset ? ReviewText::headline(review, *dataset) : QString();
    m_method = ReviewText::method();
    m_snapshots = ReviewText::snapshotLine(review.actual) + u' ' + ReviewText::baselineLine(review);
    m_winLossSummary = ReviewText::winLossSummary(review.winLoss, currency);
    m_winLossNotes = ReviewText::winLossNotes(review.winLoss);
    m_districtLines.clear();
    if (review.districts) {
        m_districtLines = review.districts->descriptions;
        for (const Insight &insight : review.districts->insights)
            m_districtLines << insight.text;
    }
    fillTerms();
    m_dealTypeModel->setSplit(review.byDealType, before, after, currency);
    m_segmentModel->setSplit(review.bySegment, before, after, currency);
    m_reasonModel->setRows(review.winLoss.reasons, review.winLoss.sharesShown(), currency);
    m_competitorModel->setRows(review.winLoss.competitors, review.winLoss.sharesShown(), currency);
    m_repModel->setRows(review.winLoss.reps, currency);
    m_districtWinLossModel->setRows(review.winLoss.districts, currency);
    m_sourceModel->setMix(review.sourceMix, currency);
    m_renewalModel->setOutlook(review.renewals, currency);
    m_accuracyModel->setTrend(review.accuracy, currency);
    m_districtModel->setComparison(review.districts);
}

void ReviewModels::clear()
{
    m_review.reset();
    m_headline.clear();
    m_method.clear();
    m_snapshots.clear();
    m_winLossSummary.clear();
    m_winLossNotes.clear();
    m_districtLines.clear();
    m_termModel->clear();
    m_dealTypeModel->setSplit({}, {}, {}, {});
    m_segmentModel->setSplit({}, {}, {}, {});
    m_reasonModel->setRows({}, false, {});
    m_competitorModel->setRows({}, false, {});
    m_repModel->setRows({}, {});
    m_districtWinLossModel->setRows({}, {});
    m_sourceModel->setMix({}, {});
    m_renewalModel->setOutlook({}, {});
    m_accuracyModel->setTrend({}, {});
    m_districtModel->setComparison(std::nullopt);
}

void ReviewModels::setTerms(Terms terms)
{
    if (terms == m_terms)
        return;
    m_terms = terms;
    fillTerms();
    emit termsChanged();
}

void ReviewModels::fillTerms()
{
    if (!m_review) {
        m_termModel->clear();
        return;
    }
    const QuarterlyReview &r = *m_review;
    switch (m_terms) {
    case Terms::WholeScope:
        m_termModel->setBridge(r.bridge, false, r.baseline.period, r.actual.period, r.reportingCurrency);
        break;
    case Terms::MixByDealType:
        m_termModel->setBridge(r.byDealType.total, true, r.baseline.period, r.actual.period, r.reportingCurrency);
        break;
    case Terms::MixBySegment:
        m_termModel->setBridge(r.bySegment.total, true, r.baseline.period, r.actual.period, r.reportingCurrency);
        break;
    }
}

void ReviewModels::retranslate()
{
    for (SortableTableModel *model :
         std::initializer_list<SortableTableModel *>{m_termModel, m_dealTypeModel, m_segmentModel, m_reasonModel,
                                                     m_competitorModel, m_repModel, m_districtWinLossModel,
                                                     m_sourceModel, m_renewalModel, m_accuracyModel, m_districtModel})
        model->retranslate();
}

} // namespace dmc::ui
