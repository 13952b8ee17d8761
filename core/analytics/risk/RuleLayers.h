#pragma once

#include "RuleSet.h"
#include "domain/Error.h"

namespace dmc {

class Database;

// Where the changes to a family of rules are kept (docs/team-database.md#each-persons-own-settings):
// the database's setting (the catalog's key, `rules` for risk), shared by everyone who opens it
// and written by whoever may import (a file's user, a team database's owner: RuleSet::save), and
// the reader's own on top of it (PersonalSettings, same key): a DM on a team database.
// RuleSet::load gives both merged.
class RuleLayers
{
public:
    // The defaults with the shared changes merged in, without the reader's own.
    static Result<RuleSet> shared(const Database &database, const RuleCatalog &catalog);
    // Keeps the differences of `rules` from the shared set as the reader's own (removed when
    // nothing differs), so a rule the reader did not change follows the shared set's later changes.
    static Status saveOwn(const RuleSet &rules, Database &database);
};

} // namespace dmc
