#pragma once

#include "Agenda.h"
#include "export/render/Report.h"

#include <QCoreApplication>

namespace dmc {

// Lays out an Agenda as a Report in the current language: header, district numbers with
// week-over-week changes, the team table, then one part per rep (numbers, changes, exceptions with the
// DM's status, snoozed exceptions, questions, follow-ups). A rep part lists only what holds something;
// what is empty is said in one line under its numbers. Rep parts follow one another without a page
// break of their own. Every sentence describes; none advises.
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

    // The agenda's own: a rep's numbers as one row per snapshot and one of changes (a rep part stays short),
    // the exceptions with the DM's status, the snoozed ones with the snooze and the DM's note.
    static Report::Table repNumbersTable(const Numbers &now, const Numbers &before, const QDate &asOf,
                                         const std::optional<QDate> &compareTo);
    // withStatus adds the DM's status column (hasStatuses: the agenda's open exceptions carry some status or note;
    // without one, every listed exception is open and the column would say so on every row).
    static Report::Table hitsTable(const std::vector<Agenda::ExceptionLine> &exceptions, const QDate &asOf,
                                   bool withStatus);
    static bool hasStatuses(const Agenda &agenda);
    static Report::Table snoozedHitsTable(const std::vector<Agenda::ExceptionLine> &snoozed);
    // "Open", "Reviewed", "Snoozed until 2026-12-14", "Snooze ended 2026-11-30", then ": " and the note if any.
    static QString statusText(const Agenda::ExceptionLine &hit, const QDate &asOf);
    static QString periodText(const FiscalPeriod &period);
};

} // namespace dmc
