#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dmc {

class Database;

// How a deal's partner attribution is decided, as data (docs/definitions.md#partner-attribution):
// the shipped rules in :/plays/attribution-rules.json, the database's own in the setting
// `partner_attribution` (the same format; each key it gives replaces the shipped value).
class AttributionRules
{
    Q_DECLARE_TR_FUNCTIONS(dmc::AttributionRules)

public:
    static inline const QString SettingKey = QStringLiteral("partner_attribution");

    // The shipped rules.
    AttributionRules();

    // The shipped rules with the database's setting merged in.
    static Result<AttributionRules> load(const Database &database);
    // Merges rules in the file format; on error nothing changed. `source` names it in errors.
    Status merge(const QByteArray &json, const QString &source);

    // Lead sources that make a deal partner-sourced whatever the dates (matched case-insensitively).
    const QStringList &partnerSources() const { return m_partnerSources; }
    bool isPartnerSource(const QString &source) const;
    // A partner's registration on or before the deal's created date makes it sourced.
    bool registrationCountsAsSourced() const { return m_registrationCountsAsSourced; }
    // Below this many deals a rate, an average or a median is not given, only its n.
    int minimumN() const { return m_minimumN; }

private:
    QStringList m_partnerSources;
    bool m_registrationCountsAsSourced = true;
    int m_minimumN = 10;
};

} // namespace dmc
