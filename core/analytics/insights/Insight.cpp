#include "Insight.h"

#include <QCoreApplication>

namespace dmc {

const InsightNumber *Insight::number(const QString &key) const
{
    for (const InsightNumber &n : numbers)
        if (n.key == key)
            return &n;
    return nullptr;
}

double Insight::value(const QString &key) const
{
    const InsightNumber *n = number(key);
    return n ? n->value : 0.0;
}

QString insightKindKey(Insight::Kind kind)
{
    switch (kind) {
    case Insight::Kind::Anomaly: return QStringLiteral("anomaly");
    case Insight::Kind::Dichotomy: return QStringLiteral("dichotomy");
    case Insight::Kind::Outlier: return QStringLiteral("outlier");
    case Insight::Kind::Concentration: return QStringLiteral("concentration");
    case Insight::Kind::Trend: return QStringLiteral("trend");
    }
    return {};
}

std::optional<Insight::Kind> insightKindFromKey(const QString &key)
{
    for (const auto kind : {Insight::Kind::Anomaly, Insight::Kind::Dichotomy, Insight::Kind::Outlier,
                            Insight::Kind::Concentration, Insight::Kind::Trend})
        if (insightKindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString insightKindName(Insight::Kind kind)
{
    switch (kind) {
    case Insight::Kind::Anomaly: return QCoreApplication::translate("dmc::Insight", "Anomaly");
    case Insight::Kind::Dichotomy: return QCoreApplication::translate("dmc::Insight", "Dichotomy");
    case Insight::Kind::Outlier: return QCoreApplication::translate("dmc::Insight", "Outlier");
    case Insight::Kind::Concentration: return QCoreApplication::translate("dmc::Insight", "Concentration");
    case Insight::Kind::Trend: return QCoreApplication::translate("dmc::Insight", "Trend");
    }
    return {};
}

QString insightSubjectKey(Insight::Subject subject)
{
    switch (subject) {
    case Insight::Subject::Deal: return QStringLiteral("deal");
    case Insight::Subject::Account: return QStringLiteral("account");
    case Insight::Subject::Rep: return QStringLiteral("rep");
    case Insight::Subject::District: return QStringLiteral("district");
    case Insight::Subject::Region: return QStringLiteral("region");
    case Insight::Subject::Scope: return QStringLiteral("scope");
    }
    return {};
}

QString insightStateKey(Insight::State state)
{
    switch (state) {
    case Insight::State::New: return QStringLiteral("new");
    case Insight::State::Unseen: return QStringLiteral("unseen");
    case Insight::State::Seen: return QStringLiteral("seen");
    case Insight::State::Dismissed: return QStringLiteral("dismissed");
    case Insight::State::Returned: return QStringLiteral("returned");
    }
    return {};
}

QString insightStateName(Insight::State state)
{
    switch (state) {
    case Insight::State::New: return QCoreApplication::translate("dmc::Insight", "New");
    case Insight::State::Unseen: return QCoreApplication::translate("dmc::Insight", "Not seen");
    case Insight::State::Seen: return QCoreApplication::translate("dmc::Insight", "Seen");
    case Insight::State::Dismissed: return QCoreApplication::translate("dmc::Insight", "Dismissed");
    case Insight::State::Returned: return QCoreApplication::translate("dmc::Insight", "Back: numbers changed");
    }
    return {};
}

QString insightUnitKey(InsightNumber::Unit unit)
{
    switch (unit) {
    case InsightNumber::Unit::Money: return QStringLiteral("money");
    case InsightNumber::Unit::Days: return QStringLiteral("days");
    case InsightNumber::Unit::Ratio: return QStringLiteral("ratio");
    case InsightNumber::Unit::Count: return QStringLiteral("count");
    case InsightNumber::Unit::Points: return QStringLiteral("points");
    case InsightNumber::Unit::Z: return QStringLiteral("z");
    case InsightNumber::Unit::Weeks: return QStringLiteral("weeks");
    }
    return {};
}

QString insightKey(const QString &ruleId, const QString &metric, Insight::Subject subject, const QString &subjectId)
{
    QStringList parts{ruleId};
    if (!metric.isEmpty())
        parts << metric;
    parts << insightSubjectKey(subject) << subjectId;
    return parts.join(u':');
}

} // namespace dmc
