#pragma once

#include "Agenda.h"

#include <nlohmann/json.hpp>

#include <iosfwd>

namespace dmc {

// The whole agenda as JSON (documented in docs/json-schema.md, "agenda"): stable keys, money as
// numbers in reporting-currency units with 2 decimals, dates ISO, display texts translated.
class AgendaJson
{
public:
    static nlohmann::json toJson(const Agenda &agenda);
    // The same document, each rep's part built as it is written: the bytes of toJson(agenda).dump(2)
    // and a newline.
    static void write(const Agenda &agenda, std::ostream &out);
    static nlohmann::json toJsonWithoutReps(const Agenda &agenda);
    static nlohmann::json repJson(const Agenda::RepPart &rep);
    static nlohmann::json numbersJson(const Numbers &numbers);
    static nlohmann::json changeJson(const Agenda::ChangeLine &change);
    static nlohmann::json exceptionJson(const Agenda::ExceptionLine &hit);
    static nlohmann::json followUpJson(const Agenda::FollowUpLine &item);
    static nlohmann::json unavailableJson(const Agenda::UnavailableLine &line);
};

} // namespace dmc
