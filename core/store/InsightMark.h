#pragma once

#include <QDate>
#include <QMap>
#include <QString>

#include <optional>

namespace dmc {

// Cleared: the mark undone (a revert of the first mark): the insight reads as unmarked again, and
// the row stays so its history keeps naming the insight.
enum class InsightMarkStatus : quint8 { Seen, Dismissed, Cleared };

QString insightMarkStatusKey(InsightMarkStatus status); // "seen" | "dismissed" | "cleared"
std::optional<InsightMarkStatus> insightMarkStatusFromKey(const QString &key);

// The DM's mark on one insight (table insight_mark): seen, or dismissed with a note and the
// numbers it showed then, so a dismissed insight comes back only when they move on. Stored
// beside the CRM data, keyed by the insight's stable key (Insight::key).
struct InsightMark
{
    qint64 id = 0; // 0 until stored
    QString key;
    QString ruleId;
    QString repId; // the rep it is about; "" for a district's, region's or scope's insight
    QString district;
    QString region;
    InsightMarkStatus status = InsightMarkStatus::Seen;
    QString note;
    QMap<QString, double> recorded; // the measured numbers when marked (Insight::numbers with `measured`)
    QDate episode;                  // event insights: the event's date when marked
    QDate asOf;                     // the snapshot it was marked at
    QString author;
    QString updatedAt; // ISO UTC
    int version = 0;   // 0 until stored; bumps on every write
};

} // namespace dmc
