#pragma once

#include <QString>
#include <QStringList>

namespace dmc {

// The guardrail of docs/definitions.md#descriptive-language: generated text describes, it never advises or judges.
// Holds the vocabulary never allowed in generated text or shipped data files, matched as
// whole words (or whole phrases), case-insensitively, in English and Russian.
class DescriptiveLanguage
{
public:
    static QStringList forbiddenTerms();
    // The forbidden terms `text` contains, lower-cased, in order of first appearance; empty when clean.
    static QStringList violations(const QString &text);
    static bool isDescriptive(const QString &text) { return violations(text).isEmpty(); }
};

} // namespace dmc
