#pragma once

#include "RiskFact.h"
#include "domain/Account.h"
#include "domain/ForecastCategory.h"
#include "domain/Meddpicc.h"
#include "domain/Money.h"

#include <QDate>
#include <QString>

#include <vector>

namespace dmc {

// One open deal matched by one risk filter at an as-of snapshot, with the evidence behind it:
// named values, the close-date moves / health readings / MEDDPICC elements involved, the
// snapshot dates the values come from, and one translated descriptive sentence (`text`).
struct RiskHit
{
    struct CloseDateMove
    {
        QDate snapshot; // the snapshot where the new date first shows
        QDate previousSnapshot;
        QDate from;
        QDate to;
    };
    struct Element
    {
        MeddpiccElement element = MeddpiccElement::Metrics;
        EvidenceLevel level = EvidenceLevel::None;
    };

    QString ruleId;
    qint32 opportunity = -1; // index into Dataset::opportunities()
    QString opportunityId;
    QString opportunityName;
    QString accountName;
    qint32 rep = -1; // owner at the as-of snapshot (index into Dataset::reps())
    QString repId;
    QString repName;
    Cents amount = 0; // reporting-currency cents at the as-of snapshot
    QDate closeDate;
    ForecastCategory category = ForecastCategory::Pipeline;
    QString stage;
    QDate asOf; // the snapshot the hit was evaluated at

    std::vector<RiskFact> facts;
    std::vector<CloseDateMove> moves;    // close_date_pushed
    std::vector<HealthReading> readings; // renewal_health (oldest first)
    std::vector<Element> elements;       // the MEDDPICC elements concerned
    std::vector<QDate> snapshots;        // snapshot dates behind the evidence, ascending
    QString text;                        // translated; describes, never advises

    // Set when a DM snooze hides the hit at this as-of.
    bool snoozed = false;
    QDate snoozedUntil;
    QString snoozeReason;

    const RiskFact *fact(const QString &key) const
    {
        for (const RiskFact &f : facts)
            if (f.key == key)
                return &f;
        return nullptr;
    }
    qint64 number(const QString &key) const
    {
        const RiskFact *f = fact(key);
        return f ? f->number : 0;
    }
    QDate date(const QString &key) const
    {
        const RiskFact *f = fact(key);
        return f ? f->date : QDate();
    }
};

} // namespace dmc
