#include "SourceGroups.h"

#include <QHash>

namespace dmc {

namespace {

// The default mapping (docs/definitions.md#source-mix): the usual lead-source values of
// Salesforce (LeadSource picklist), Bitrix24 and amoCRM, and the demo's, matched after trimming
// and lower-casing.
const QHash<QString, SourceGroup> &table()
{
    static const QHash<QString, SourceGroup> map = [] {
        QHash<QString, SourceGroup> m;
        const auto add = [&m](SourceGroup group, std::initializer_list<const char *> values) {
            for (const char *value : values)
                m.insert(QString::fromUtf8(value), group);
        };
        add(SourceGroup::Inbound,
            {"inbound",
             "web",
             "website",
             "web form",
             "phone inquiry",
             "inbound call",
             "marketing",
             "event",
             "events",
             "trade show",
             "webinar",
             "seminar",
             "conference",
             "advertisement",
             "advertising",
             "ads",
             "referral",
             "customer referral",
             "employee referral",
             "word of mouth",
             "email",
             "chat",
             "content",
             "seo",
             "organic",
             "сайт",
             "веб-форма",
             "входящий звонок",
             "звонок",
             "реклама",
             "выставка",
             "рекомендация",
             "call",
             "trade_show",
             "recommendation",
             "webform",
             "callback"});
        add(SourceGroup::Outbound,
            {"outbound", "cold call", "cold email", "prospecting", "outreach", "purchased list", "list", "sdr", "bdr",
             "outbound call", "исходящий звонок", "холодный звонок", "рассылка"});
        add(SourceGroup::Partner,
            {"partner", "partners", "partner referral", "reseller", "channel", "alliance", "integrator", "var",
             "партнер", "партнёр", "партнеры", "партнёры"});
        return m;
    }();
    return map;
}

} // namespace

SourceGroup SourceGroups::groupOf(const QString &source)
{
    return table().value(source.trimmed().toLower(), SourceGroup::Other);
}

QStringList SourceGroups::defaultValues(SourceGroup group)
{
    QStringList values;
    for (auto it = table().cbegin(); it != table().cend(); ++it)
        if (it.value() == group)
            values << it.key();
    values.sort();
    return values;
}

QString SourceGroups::key(SourceGroup group)
{
    return sourceGroupKey(group);
}

std::optional<SourceGroup> SourceGroups::fromKey(const QString &key)
{
    return sourceGroupFromKey(key);
}

QString SourceGroups::name(SourceGroup group)
{
    switch (group) {
    case SourceGroup::Inbound: return tr("Inbound", "source group");
    case SourceGroup::Outbound: return tr("Outbound", "source group");
    case SourceGroup::Partner: return tr("Partner", "source group");
    case SourceGroup::Other: break;
    }
    return tr("Other", "source group");
}

} // namespace dmc
