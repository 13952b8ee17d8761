#pragma once

#include <QTranslator>

namespace dmc {

// The product catalogue of a language whose typography keeps numbers with their words
// (Russian): each looked-up message passes through Typography::bindNumbers, so «%n дней» and
// «%1 кв. %2» reach the text with no-break spaces in every view, document and command.
class TypographyTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace dmc
