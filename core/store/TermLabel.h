#pragma once

#include <QString>

namespace dmc {

// One entry of a database's glossary: the label a CRM word (a stage name) carries in one
// language. `kind` says which CRM vocabulary the term belongs to ("stage").
struct TermLabel
{
    QString kind;
    QString term;     // as the CRM writes it ("Negotiation")
    QString language; // "en" | "ru"
    QString label;    // as it is shown in that language ("Переговоры")

    friend bool operator==(const TermLabel &, const TermLabel &) = default;
};

} // namespace dmc
