#pragma once

#include <QString>

namespace dmc {

// One item of a POC's definition of ready as it stood at the start (docs/definitions.md#pocs).
struct PocDorItem
{
    enum class State : quint8 { Met, Missing, NotRecorded };

    QString id; // PocChecklist item id
    bool required = true;
    State state = State::NotRecorded;
};

} // namespace dmc
