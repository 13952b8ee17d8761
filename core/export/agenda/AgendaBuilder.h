#pragma once

#include "Agenda.h"
#include "analytics/engine/Query.h"
#include "analytics/numbers/DealChange.h"
#include "analytics/numbers/FollowUpDue.h"
#include "store/DmAction.h"
#include "store/InsightMark.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace dmc {

class Engine;
class Dataset;

// Collects the forecast-call agenda for a Query from the engine: the scope's numbers with the
// compare-to snapshot's, and per rep the numbers, pipeline changes, exceptions (snoozed apart),
// questions from the question bank, follow-ups due and the rep's patterns (insights). The engine and follow-ups are given by
// the caller (command or window) so each is loaded once.
class AgendaBuilder
{
    Q_DECLARE_TR_FUNCTIONS(dmc::AgendaBuilder)

public:
    // The order of the rep parts (a setting): largest gap first, or by name.
    enum class RepOrder : quint8 { Gap, Name };

    struct Options
    {
        RepOrder order = RepOrder::Gap;
        int questionsPerRep = 6;
        QDateTime generatedAt;                 // now when invalid
        std::vector<InsightMark> insightMarks; // the DM's marks on insights (seen, dismissed)
        std::vector<DmAction> hitActions;      // the DM's statuses, snoozes and notes on hits (DmActions::hitActions)
    };

    // Numbers, changes, exceptions (Engine::exceptions: rules and snoozes from its settings) with the DM's
    // status and note on each, questions and the given follow-ups.
    static Agenda build(const Engine &engine, const Query &query, const std::vector<FollowUpDue> &followUps,
                        const Options &options);

    static std::optional<RepOrder> orderFromKey(const QString &key); // "gap", "name"
    static QString orderKey(RepOrder order);
    // One pipeline change with names resolved (shared with the coaching pack).
    static Agenda::ChangeLine changeLine(const Dataset &dataset, const DealChange &change);
};

} // namespace dmc
