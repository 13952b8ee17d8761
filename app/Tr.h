#pragma once

#include <QCoreApplication>
#include <QString>

namespace dmc::app {

// The one translation context of app/ (the commands, their options and messages, the window's
// launcher). lupdate files a tr() call written inside namespace dmc::app under "dmc::app";
// a string marked for later (QT_TRANSLATE_NOOP) names the same context. Inside a class's member
// functions write app::tr(): lupdate would file a bare tr() there under the class's name.
inline constexpr char TrContext[] = "dmc::app";

inline QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate(TrContext, sourceText, disambiguation, n);
}

} // namespace dmc::app
