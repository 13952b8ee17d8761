#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace dmc {

// One number an insight compares, untranslated key and unit so JSON, CSV and views can show it.
struct InsightNumber
{
    enum class Unit : quint8 { Money, Days, Ratio, Count, Points, Z, Weeks };

    QString key;      // e.g. "days_in_stage", "percentile_days", "z"
    double value = 0; // Money: reporting cents; Ratio: 0..1; the rest as named
    Unit unit = Unit::Count;
    // Compared when a dismissed insight is computed again: it comes back when a measured number
    // moves past the value recorded at dismissal by more than the return tolerance.
    bool measured = false;
};

// What the observation is compared with: the rule and thresholds applied, the weeks and reps of
// the baseline, and the deals behind it, with one translated line describing it.
struct InsightBaseline
{
    QString text; // translated, descriptive
    QDate from;   // weeks of the baseline (inclusive)
    QDate to;
    QStringList reps;                                // rep ids whose data forms the baseline
    QStringList districts;                           // district names (cross-district baselines)
    std::vector<std::pair<QString, int>> thresholds; // the rule's parameters as applied
    std::vector<qint32> deals;                       // opportunity indices in the baseline
};

// A small picture of the insight for a list row: a time series (one or two lines over dates,
// an optional reference line) or the values of peers with the subject highlighted.
struct InsightChart
{
    enum class Kind : quint8 { None, Series, Peers };

    Kind kind = Kind::None;
    InsightNumber::Unit unit = InsightNumber::Unit::Count;
    std::vector<QDate> dates;        // Series: one per value
    std::vector<double> values;      // Series: the subject's line; Peers: one per peer
    std::vector<double> values2;     // Series: a second line (dichotomies), empty when none
    std::optional<double> reference; // a baseline line (75th percentile, district mean, ...)
    int highlight = -1;              // Peers: the subject's index in values
};

// One descriptive observation (docs/insights.md; patterns, anomalies, dichotomies and outliers
// with their lineage): what was seen, against which baseline, with the
// numbers, deals and snapshots behind it. `text` is translated, states facts only, never advises.
struct Insight
{
    enum class Kind : quint8 { Anomaly, Dichotomy, Outlier, Concentration, Trend };
    enum class Subject : quint8 { Deal, Account, Rep, District, Region, Scope };
    // What the DM's marks (InsightReview) make of it.
    enum class State : quint8 {
        New,    // not marked, and not there at the compare-to snapshot
        Unseen, // not marked, already there at the compare-to snapshot
        Seen,
        Dismissed, // dismissed, numbers within the recorded values: listed apart
        Returned,  // dismissed, but the numbers moved past the recorded values
    };

    Kind kind = Kind::Anomaly;
    QString ruleId; // the detector (InsightRules), e.g. "stage_duration"
    QString metric; // which measure of the rule: "win_rate"; stage_duration: the stage name
    Subject subject = Subject::Rep;
    QString subjectId; // deal id, account id, rep id, district or region name, scope key
    QString key;       // stable identity across recomputes: rule, metric and subject

    qint32 rep = -1; // the rep concerned (-1: a district, region or the scope)
    QString repId;
    QString repName;
    QString district;
    QString region;
    qint32 opportunity = -1; // deal subjects
    qint32 account = -1;     // account subjects

    Cents stake = 0; // amount at stake, reporting cents: the first sort key
    QDate when;      // when the pattern shows (the snapshot or reading): the second key
    QDate episode;   // event insights: when the event happened (a new one brings a dismissed insight back)
    QDate from;      // the observed window
    QDate to;

    QString text;
    std::vector<InsightNumber> numbers;
    InsightBaseline baseline;
    std::vector<qint32> deals;    // the deals behind the observation (opportunity indices)
    std::vector<QDate> snapshots; // the snapshot dates behind it, ascending
    InsightChart chart;

    // The DM's mark (filled by InsightReview::apply).
    State state = State::New;
    QString note; // the note given with a dismissal
    QString markedBy;
    QString markedAt; // ISO UTC

    const InsightNumber *number(const QString &key) const;
    double value(const QString &key) const; // 0 when absent
    bool isListed() const { return state != State::Dismissed; }
};

QString insightKindKey(Insight::Kind kind); // "anomaly" | "dichotomy" | "outlier" | "concentration" | "trend"
std::optional<Insight::Kind> insightKindFromKey(const QString &key);
QString insightKindName(Insight::Kind kind);         // translated
QString insightSubjectKey(Insight::Subject subject); // "deal" | "account" | "rep" | "district" | "region" | "scope"
QString insightStateKey(Insight::State state);       // "new" | "unseen" | "seen" | "dismissed" | "returned"
QString insightStateName(Insight::State state);      // translated
QString insightUnitKey(InsightNumber::Unit unit);    // "money" | "days" | "ratio" | "count" | "points" | "z" | "weeks"
// "rule:metric:subject:id" (metric left out when empty).
QString insightKey(const QString &ruleId, const QString &metric, Insight::Subject subject, const QString &subjectId);

} // namespace dmc
