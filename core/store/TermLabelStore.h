#pragma once

#include "store/TermLabel.h"
#include "domain/Error.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

class QSqlQuery;

namespace dmc {

class Database;

// The database's glossary of CRM words (table term_label): which label a stage name carries in
// each language. Labels belong to the DM: no import touches them.
class TermLabelStore
{
    Q_DECLARE_TR_FUNCTIONS(dmc::TermLabelStore)

public:
    explicit TermLabelStore(Database &database);

    static QStringList kinds(); // {"stage"}

    // Every label, by kind, term and language. A read-only file from before the glossary holds
    // no table: it reads the labels a new database starts with.
    Result<std::vector<TermLabel>> labels() const;
    // An unknown kind or language, or an empty term, is an Error of kind Usage naming the known ones.
    static Status check(const TermLabel &label);
    // Sets one label; an empty label removes it (the term is then shown as the CRM writes it).
    Status setLabel(const TermLabel &label);
    // Adds the default labels the database lacks; labels already set stay as they are.
    Result<int> addDefaults();

private:
    Error databaseError(const QString &what, const QSqlQuery &query) const;

    Database &m_database;
};

} // namespace dmc
