#pragma once

#include "Report.h"

namespace dmc {

// Renders a Report as CommonMark + pipe tables. Imported text is escaped so a deal named
// "<script>" or "| x |" stays literal text, and kept on one line.
class MarkdownRenderer
{
public:
    static QString render(const Report &report);
    // atLineStart: also escape what only means markup at the start of a line ("# ", "- ", "1. ").
    static QString escape(const QString &text, bool atLineStart = true);
};

} // namespace dmc
