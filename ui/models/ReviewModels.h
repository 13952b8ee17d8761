#pragma once

#include "analytics/review/QuarterlyReview.h"
#include "analytics/review/SegmentedBridge.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace dmc::ui {

class AccuracyTrendModel;
class DistrictComparisonModel;
class LossValueModel;
class RenewalOutlookModel;
class ReviewSplitModel;
class ReviewTermModel;
class SourceMixModel;
class WinLossGroupModel;

// The quarterly review as the dock shows it: one item model per table, filled from one
// QuarterlyReview, and the review's generated sentences (headline, method, notes, the
// districts' outliers and dichotomies) in the current language.
class ReviewModels : public QObject
{
    Q_OBJECT

public:
    // Which bridge the chart and the term table show: the three factors over the whole scope,
    // or the total of a split, whose mix term is the groups' shares moving.
    enum class Terms : quint8 { WholeScope, MixByDealType, MixBySegment };

    explicit ReviewModels(QObject *parent = nullptr);

    // Taken by value: the review holds every deal line of two periods, moved in rather than copied.
    void setReview(QuarterlyReview review, const Dataset *dataset);
    void clear();
    void setTerms(Terms terms);
    Terms terms() const { return m_terms; }
    // After a language switch: headers and cells in the new language (the sentences follow
    // with the next review, built in it).
    void retranslate();

    bool hasReview() const { return m_review.has_value(); }
    const QuarterlyReview *review() const { return m_review ? &*m_review : nullptr; }

    QString headline() const { return m_headline; }
    QString method() const { return m_method; }
    QString snapshots() const { return m_snapshots; }
    QString winLossSummary() const { return m_winLossSummary; }
    QStringList winLossNotes() const { return m_winLossNotes; }
    QStringList districtLines() const { return m_districtLines; }

    ReviewTermModel *termModel() const { return m_termModel; }
    ReviewSplitModel *dealTypeModel() const { return m_dealTypeModel; }
    ReviewSplitModel *segmentModel() const { return m_segmentModel; }
    LossValueModel *reasonModel() const { return m_reasonModel; }
    LossValueModel *competitorModel() const { return m_competitorModel; }
    WinLossGroupModel *repModel() const { return m_repModel; }
    WinLossGroupModel *districtWinLossModel() const { return m_districtWinLossModel; }
    SourceMixModel *sourceModel() const { return m_sourceModel; }
    RenewalOutlookModel *renewalModel() const { return m_renewalModel; }
    AccuracyTrendModel *accuracyModel() const { return m_accuracyModel; }
    DistrictComparisonModel *districtModel() const { return m_districtModel; }

signals:
    void termsChanged();

private:
    void fillTerms();

    std::optional<QuarterlyReview> m_review;
    Terms m_terms = Terms::MixByDealType;
    QString m_headline;
    QString m_method;
    QString m_snapshots;
    QString m_winLossSummary;
    QStringList m_winLossNotes;
    QStringList m_districtLines;

    ReviewTermModel *m_termModel;
    ReviewSplitModel *m_dealTypeModel;
    ReviewSplitModel *m_segmentModel;
    LossValueModel *m_reasonModel;
    LossValueModel *m_competitorModel;
    WinLossGroupModel *m_repModel;
    WinLossGroupModel *m_districtWinLossModel;
    SourceMixModel *m_sourceModel;
    RenewalOutlookModel *m_renewalModel;
    AccuracyTrendModel *m_accuracyModel;
    DistrictComparisonModel *m_districtModel;
};

} // namespace dmc::ui
