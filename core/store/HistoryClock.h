#pragma once

#include <QString>

namespace dmc {

// The time a DM action write is logged at (ISO UTC with milliseconds). Strictly increasing within
// the process: the rows one write logs share their time, and the audit trail (AuditTrail) tells two
// writes on the same row apart by it, even two within one millisecond.
class HistoryClock
{
public:
    static QString now();
};

} // namespace dmc
