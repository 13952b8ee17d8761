#pragma once

#include "PackNumbers.h"
#include "QuestionBank.h"
#include "analytics/insights/Insight.h"
#include "analytics/numbers/FollowUpDue.h"
#include "analytics/numbers/Numbers.h"
#include "analytics/numbers/PipelineChanges.h"
#include "analytics/plays/PlaysSummary.h"
#include "analytics/poc/PocScorecard.h"
#include "analytics/risk/RiskResult.h"
#include "domain/FiscalPeriod.h"
#include "domain/ForecastCategory.h"
#include "domain/Meddpicc.h"
#include "store/InsightMark.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace dmc {

class Engine;
struct Query;

// Everything a 1:1 coaching pack shows for one rep (docs/definitions.md#coaching-pack): the numbers and their
// change, pipeline changes, exceptions, the MEDDPICC gap matrix, the rep's metrics beside the
// district median, belief stacks, questions filled with deal facts and follow-ups due.
// Built by CoachingPackData::build; every line is descriptive (docs/definitions.md#descriptive-language).
struct CoachingPackData
{
    Q_DECLARE_TR_FUNCTIONS(dmc::CoachingPackData)

public:
    // One deal's MEDDPICC levels (the rep's open deals closing in the period, largest first).
    struct MatrixRow
    {
        qint32 opportunity = -1;
        QString opportunityId;
        QString opportunityName;
        QString accountName;
        QString stage;
        ForecastCategory category = ForecastCategory::Pipeline;
        Cents amount = 0;
        QDate closeDate;
        std::array<EvidenceLevel, MeddpiccElementCount> levels{};
        int confirmed = 0;
    };
    // The rep's value of one metric beside the median of the reps of the district.
    struct Metric
    {
        QString key;               // win_rate, cycle_days, average_deal_size, stage_conversion, activity_days
        std::optional<double> rep; // ratios 0..1, days, or reporting cents (average_deal_size)
        std::optional<double> districtMedian;
        int districtReps = 0; // reps with a value in the median
        QString text;         // translated, descriptive
        QString repText;      // the rep's value for a table cell, money as on the tiles ("$164K"); "–" when none
        QString medianText;   // the district median the same way
    };
    struct Belief
    {
        int position = 0; // 1-based
        QString key;      // a default belief's key (DefaultBeliefs); "" for a wording of the DM's own
        QString text;     // in the current language; a wording of the DM's own as stored
        QString rating;   // proven | mostly_proven | needs_proof | "" (not rated)
        // What a rating stores for the belief: the key, else the wording.
        QString stored() const { return key.isEmpty() ? text : key; }
    };
    struct BeliefStack
    {
        QString opportunityId;
        QString opportunityName;
        std::vector<Belief> beliefs;
    };
    struct Question
    {
        QString opportunityId;
        QString opportunityName;
        QString questionId;
        QuestionBank::Kind kind = QuestionBank::Kind::Diagnostic;
        QStringList rules; // the deal's hits the question is asked for
        QString text;      // filled in the current language
    };
    // One POC of the rep's deals as the pack lists it, every cell in the current language.
    struct PocLine
    {
        QString pocId;
        QString opportunityId;
        QString opportunityName;
        QString status;   // "Active"
        QString timeline; // "day 70 of 28 planned", "starts 2026-06-22, 28 days planned"
        QString dor;      // the required DOR items missing at the start, "none", or "not recorded"
        QString criteria; // "1 met, 0 not met, 1 open"
        QString overdue;  // "buyer 2, seller 0"
    };
    // A DM belief rating as stored (ActionStore belief_rating): position is 1-based; belief is a
    // default belief's key, or a wording (older ratings stored the text of the day, in English or
    // Russian: DefaultBeliefs::find maps those to their key when the pack is built).
    struct StoredRating
    {
        int position = 0;
        QString belief;
        QString rating;
    };
    // What the DM's own data adds (the caller reads it from the ActionStore).
    struct Input
    {
        QStringList selectedDeals;                         // deals for belief stacks (ids)
        QHash<QString, std::vector<StoredRating>> ratings; // by opportunity id
        std::vector<FollowUpDue> followUps;                // open, due by the as-of week's end
        QString coachingNote;                              // the DM's note for the rep and as-of week
        std::vector<InsightMark> insightMarks;             // the DM's marks on insights (seen, dismissed)
    };

    QString repId;
    QString repName;
    QString district;
    QString region;
    QDate asOf;
    std::optional<QDate> previousAsOf;
    FiscalPeriod period;
    QString reportingCurrency;
    Numbers numbers;
    Numbers previous;
    PipelineChanges changes; // previousAsOf -> asOf (empty when there is no previous)
    RiskResult exceptions;
    std::vector<MatrixRow> meddpiccMatrix;
    std::vector<Metric> metrics;
    std::vector<BeliefStack> beliefStacks;
    std::vector<Question> questions;
    std::vector<FollowUpDue> followUps;
    // The rep's POCs on the POC board of the period at the as-of (PocBoardBuilder), by start, and
    // their lines.
    std::vector<PocScorecard> pocs;
    std::vector<PocLine> pocLines;
    // The rep's plays and compliance (PlaysSummary of the rep's scope and period; present only
    // when the data stores play, compliance or task rows).
    PlaysSummary plays;
    QString coachingNote; // the DM's own words, as stored ("" when none)
    // The rep's insights (Engine::insights for the rep, the DM's marks applied), in list order;
    // the pack shows the first insightRepCap listed ones (InsightReview::select).
    std::vector<Insight> patterns;
    int patternCap = 3;
    QStringList summary; // translated descriptive lines (numbers, changes, counts), exact amounts
    // "Numbers and changes" as the window and the documents show it: one row per measure,
    // compact amounts as on the cockpit's tiles; the open pipeline's movements in one line
    // ("" without a compare-to snapshot); how many exceptions and fully confirmed deals.
    std::vector<PackNumbers::Row> numberRows;
    QString pipelineBridge;
    QString exceptionsLine;
    QString matrixLine;

    // `query.scope` names the rep (Scope::rep); other scopes give an empty pack with no rep.
    static CoachingPackData build(const Engine &engine, const Query &query, const Input &input = {});

    static QString metricName(const QString &key);
    static QString ratingName(const QString &rating);
    // Every generated line of the pack (summary, metrics, exceptions, questions): the guardrail test reads it.
    QStringList allText() const;
};

} // namespace dmc
