#pragma once

#include "domain/Money.h"
#include "domain/Opportunity.h"

#include <QString>

namespace dmc {

// A scripted end for a few deals, so every time-based risk filter has hits whatever the
// seed; the rest of the history is left to chance.
enum class DemoScript : quint8 {
    None,
    PushedTwice, // close date moved out twice in the last ten weeks
    PastClose,   // left open with a close date before the as-of
    AmountDrop,  // amount cut by a quarter or more in the last week
    Stale,       // no stage change in the last eight weeks
    Silent,      // no activity in the last six weeks
    EarlyCommit, // called Commit while still Qualified
};

// Demo stage ladder indices: Lead .. Negotiation are open, then Closed Won, Closed Lost.
enum class DemoStage : quint8 { Lead, Qualified, Discovery, Proposal, Negotiation, Won, Lost };

// One demo deal: its plan (who, what, when) and its state as the weekly simulation moves it.
// Dates are Julian day numbers.
struct DemoDeal
{
    // plan
    QString id;
    int owner = 0;    // rep index
    int account = -1; // account index, -1 for none
    DealType type = DealType::New;
    int currency = 0; // index into the generator's currency list (0 = USD)
    DayNumber created = 0;
    double activityRate = 0.6; // chance of a logged activity in a week
    double slip = 1.0;         // multiplies the weekly push chance
    DemoScript script = DemoScript::None;
    QString name;

    // state
    DemoStage stage = DemoStage::Lead;
    ForecastCategory category = ForecastCategory::Pipeline;
    Cents amount = 0; // in the deal's currency
    DayNumber close = 0;
    DayNumber stageEntered = 0;
    DayNumber lastActivity = 0;
    bool live = false; // created by the current simulated week
    bool deleted = false;

    bool isOpen() const { return stage < DemoStage::Won; }
};

} // namespace dmc
