#pragma once

#include "PocBoard.h"
#include "PocChecklist.h"
#include "domain/FiscalCalendar.h"
#include "domain/PocRecords.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace dmc {

class Dataset;
struct Query;

// Builds the POC board of a query (docs/definitions.md#pocs) from the stored POC rows
// (PocReader) and the Dataset: the deal's owner and status at the as-of, its account segment,
// and the poc_* columns of deals without a POC row, read as one POC each.
class PocBoardBuilder
{
    Q_DECLARE_TR_FUNCTIONS(dmc::PocBoardBuilder)

public:
    static constexpr int DefaultWithinDays = 90;

    PocBoardBuilder(const Dataset &dataset, const FiscalCalendar &calendar, const PocRecords &records,
                    const PocChecklist &checklist);
    // For scorecardsOf(one deal) alone (the deal detail): of the deals without a POC row, only
    // `opportunity`'s poc_* columns are read. Reading every deal's took half of a queue
    // keystroke at 100k deals, since the current hit's deal detail is rebuilt after it.
    PocBoardBuilder(const Dataset &dataset, const FiscalCalendar &calendar, const PocRecords &records,
                    const PocChecklist &checklist, qint32 opportunity);

    PocBoard build(const Query &query, int withinDays = DefaultWithinDays) const;
    // Every POC of one deal at the as-of, whatever the scope and period (the deal detail).
    std::vector<PocScorecard> scorecardsOf(const QString &opportunityId, const QDate &asOf) const;

    // Fills the as-of figures of a card from its record, criteria, check-ins and tasks (time,
    // criteria, DOR at the start, check-ins, tasks; not the deal's fields nor the facts): shared
    // by the board and the risk filters that read the POC rows.
    static void measure(PocScorecard &card, const PocChecklist &checklist, const QDate &asOf);

    // Median (mean of the two middle values) and 75th percentile (nearest rank) of day counts.
    static PocDurationStats statsOf(std::vector<int> values);

private:
    struct Source
    {
        PocRecord poc;
        bool fromShorthand = false;
        qint32 opportunity = -1;
    };
    PocScorecard scorecard(const Source &source, const QDate &asOf, int dateIndex) const;
    // The stored POCs on known deals, then the shorthand POC of each deal in [first, end) that has
    // no POC row.
    void collectSources(qint32 first, qint32 end);

    const Dataset &m_dataset;
    FiscalCalendar m_calendar;
    const PocRecords &m_records;
    const PocChecklist &m_checklist;
    std::vector<Source> m_sources; // stored POCs on known deals, then the shorthand ones
    // Each POC's criteria, check-ins and tasks (indices into m_records, in their order): a board
    // of 27k POCs once scanned all 200k of them per POC, minutes in the window at 100k deals.
    struct Rows
    {
        std::vector<qsizetype> criteria;
        std::vector<qsizetype> checkIns;
        std::vector<qsizetype> tasks;
    };
    QHash<QString, Rows> m_rowsOf;
};

} // namespace dmc
