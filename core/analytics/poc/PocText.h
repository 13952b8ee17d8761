#pragma once

#include "PocScorecard.h"
#include "domain/PocRecords.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dmc {

// The words of the POC board in the current language: labels of the keys and the facts of one
// POC ("day 45 of 30 planned", "0 measurable criteria", "3 buyer tasks overdue"). Facts only,
// never a verdict (docs/definitions.md#descriptive-language).
class PocText
{
    Q_DECLARE_TR_FUNCTIONS(dmc::PocText)

public:
    static QString phase(PocPhase phase);
    static QString outcome(const std::optional<PocOutcome> &outcome); // "" for none
    static QString result(CriterionResult result);
    static QString side(TaskSide side);
    // The time line of a POC: "day 45 of 30 planned", "42 days of 30 planned", "starts 12 Jan 2026".
    static QString timeline(const PocScorecard &card);
    // Every fact of a POC, the time line first.
    static QStringList facts(const PocScorecard &card);
};

} // namespace dmc
