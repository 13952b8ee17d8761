#pragma once

#include <QList>
#include <QString>

// Finds SQL in the string literals of C++ source text: a literal holding one of the statement
// words SELECT, INSERT, UPDATE, DELETE, REPLACE, CREATE, PRAGMA, ALTER, DROP, BEGIN, COMMIT,
// ROLLBACK, SAVEPOINT, VACUUM, ATTACH, ANALYZE or REINDEX as an upper-case word.
// Comments, character literals and raw strings are told apart from ordinary literals, so a
// comment naming a statement, or '"', is never a hit.
class SqlTextScanner
{
public:
    struct Hit
    {
        int line = 0;    // 1-based line where the literal starts
        QString literal; // its text, without quotes
    };

    static QList<Hit> scan(const QString &source);
};
