#pragma once

#include <QString>

namespace dmc {

// Russian typography for generated text: a number stays on the line of the word it counts or
// measures («45\u00A0дней», «1,25\u00A0млн», «4\u00A0кв.\u00A02026», «лимит\u00A030)»). Applied to
// every Russian catalogue entry as it is looked up (TypographyTranslator), so messages keep
// their plain spaces in the .ts file and no message has to remember it.
class Typography
{
public:
    // No-break spaces: after a number or a number placeholder (%1, %L1, %n) before a word, a
    // percent, a currency sign or ×; after a short abbreviation ending in a dot («кв.», «стр.»)
    // or «№» before a number; between a word and a number closing a parenthesis («(лимит 30)»).
    static QString bindNumbers(const QString &text);
};

} // namespace dmc
