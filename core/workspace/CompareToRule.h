#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace dmc {

// How the query's compare-to is chosen: always the snapshot before the as-of (the default, so
// stepping the as-of keeps the comparison one snapshot back), or a date the DM picked, kept
// until the DM picks "previous snapshot" again.
class CompareToRule
{
public:
    enum class Kind { PreviousSnapshot, FixedDate };

    CompareToRule() = default;
    static CompareToRule previousSnapshot() { return {}; }
    static CompareToRule fixedDate(QDate date);

    Kind kind() const { return m_kind; }
    bool isFixed() const { return m_kind == Kind::FixedDate; }
    QDate fixedDate() const { return m_date; }

    // The date to hand Query::resolve as compare-to for `asOf`: none for the previous snapshot,
    // and none too while the fixed date is not before the as-of (the comparison cannot look
    // forward; the rule stays, and applies again once the as-of is later than the date).
    std::optional<QDate> compareToFor(QDate asOf) const;

    // Kept in the settings: "previous" or the fixed date as yyyy-MM-dd; parse() reads either,
    // and anything else as the previous snapshot.
    QString key() const;
    static CompareToRule parse(const QString &key);

    bool operator==(const CompareToRule &other) const = default;

private:
    Kind m_kind = Kind::PreviousSnapshot;
    QDate m_date;
};

// The snapshot right before `asOf` among `snapshots` (any order); invalid when there is none.
QDate snapshotBefore(const QList<QDate> &snapshots, QDate asOf);

} // namespace dmc
