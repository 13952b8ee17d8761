#pragma once

#include "Agenda.h"
#include "export/render/Report.h"

#include <QCoreApplication>

namespace dmc {

// Lays out an Agenda as a Report in the current language: header, district numbers with
// week-over-week changes, the team table, then one part per rep (numbers, changes, exceptions,
// snoozed exceptions, questions, follow-ups). Every sentence describes; none advises.
class AgendaReport
{
    Q_DECLARE_TR_FUNCTIONS(dmc::AgendaReport)

public:
    static Report build(const Agenda &agenda);

    // Shared with the coaching pack: the numbers table (value, compare-to value, change) and
    // the change / exception / follow-up tables.
    static Report::Table numbersTable(const Numbers &now, const Numbers &before, const QDate &asOf,
                                      const std::optional<QDate> &compareTo, double coverageTarget);
    static Report::Table changesTable(const std::vector<Agenda::ChangeLine> &changes);
    static Report::Table exceptionsTable(const std::vector<Agenda::ExceptionLine> &exceptions);
    static Report::Table snoozedTable(const std::vector<Agenda::ExceptionLine> &snoozed);
    static Report::Table followUpsTable(const std::vector<Agenda::FollowUpLine> &followUps);
    // "Security review not started: no deal has a security-review status", one per filter.
    static QStringList unavailableItems(const std::vector<Agenda::UnavailableLine> &unavailable);
    static QString changeDetail(const Agenda::ChangeLine &change);
    static QString periodText(const FiscalPeriod &period);
};

} // namespace dmc
