#pragma once

#include "Agenda.h"

#include <nlohmann/json.hpp>

namespace dmc {

// The whole agenda as JSON (documented in docs/json-schema.md, "agenda"): stable keys, money as
// numbers in reporting-currency units with 2 decimals, dates ISO, display texts translated.
class AgendaJson
{
public:
    static nlohmann::json toJson(const Agenda &agenda);
    static nlohmann::json numbersJson(const Numbers &numbers);
    static nlohmann::json changeJson(const Agenda::ChangeLine &change);
    static nlohmann::json exceptionJson(const Agenda::ExceptionLine &hit);
    static nlohmann::json followUpJson(const Agenda::FollowUpLine &item);
    static nlohmann::json unavailableJson(const Agenda::UnavailableLine &line);
};

} // namespace dmc
