#pragma once

#include "domain/PlayRecords.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace dmc {

// One cell of the compliance matrix: an artifact of a deal, required by a play it meets or only
// recorded (docs/definitions.md#compliance-in-parallel).
struct ComplianceCell
{
    enum class State : quint8 {
        NotYetDue,    // the deal has not entered the named stage
        InParallel,   // started on or before the deal entered the stage
        StartedLate,  // started after it
        NotStarted,   // not started by the as-of, the stage entered
        NotRequired,  // recorded as not required
        RecordedOnly, // recorded, no play of the deal requires it
    };

    qint32 deal = -1; // index into PlaysReport::deals
    QString artifact;
    bool required = false;
    QString stage;                        // the stage the play names (the earliest of the plays requiring it)
    QDate entered;                        // when the deal entered that stage; invalid: not yet
    std::optional<ArtifactStatus> status; // as recorded; none: no row
    QDate started;
    QDate done;
    State state = State::NotYetDue;
};

struct ComplianceArtifactFigures
{
    QString artifact;
    int due = 0; // required, stage entered
    int inParallel = 0;
};

struct ComplianceFigures
{
    std::vector<ComplianceCell> cells; // by deal, then artifact order
    std::vector<ComplianceArtifactFigures> artifacts;
    int due = 0;
    int inParallel = 0;
    std::optional<double> rate; // inParallel ÷ due
};

} // namespace dmc
