#pragma once

#include "Report.h"

namespace dmc {

// Renders a Report as one self-contained, printable HTML page (embedded CSS, no scripts, no
// external resources). Every text is HTML-escaped, so imported names stay inert.
class HtmlRenderer
{
public:
    // Browser: full CSS for screens and printing. TextDocument: the subset QTextDocument
    // understands, used by PdfRenderer (table attributes, no @media rules).
    enum class Target : quint8 { Browser, TextDocument };

    static QString render(const Report &report, Target target = Target::Browser);
    static QString escape(const QString &text);
};

} // namespace dmc
