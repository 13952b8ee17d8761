#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <vector>

namespace dmc {

// Checks a parsed import profile against docs/import-profile.schema.json (embedded as
// :/schema/import-profile.schema.json; the schema file drives the check, there is no second
// list of keys in C++). Reports every unknown key (with the nearest known one when close),
// every value of the wrong type or outside its range (by key path: `stages[3].won`), every
// missing required key and every repeated key, each with its line and column.
class ProfileValidator
{
    Q_DECLARE_TR_FUNCTIONS(dmc::ProfileValidator)

public:
    // `root`: `json` as nlohmann parsed it. Empty when the profile conforms; else in file order.
    static std::vector<Error> check(const nlohmann::json &root, const QByteArray &json, const QString &origin);
    // Several errors as one: the first's place and message, the others' full text as further lines.
    static Error combine(const std::vector<Error> &errors);
    // The schema as embedded (an empty object if it could not be read).
    static const nlohmann::json &schema();
};

} // namespace dmc
