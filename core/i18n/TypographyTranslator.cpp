#include "TypographyTranslator.h"

#include "Typography.h"

namespace dmc {

QString TypographyTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                        int n) const
{
    const QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    return text.isEmpty() ? text : Typography::bindNumbers(text);
}

} // namespace dmc
