#pragma once

#include <QString>
#include <QStringList>

namespace dmc {

// The known word a misspelt one most likely meant ("decimal_seperator" -> "decimal_separator"):
// Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
// neighbours), case-insensitive, suggested only when close for the word's length.
class NearestKey
{
public:
    // The closest candidate, empty when none is close enough.
    static QString find(const QString &word, const QStringList &candidates);
    static int distance(const QString &a, const QString &b);
    // Edits allowed for a word: 1 up to 5 characters, 2 up to 8, 3 beyond.
    static int allowedEdits(const QString &word);
};

} // namespace dmc
