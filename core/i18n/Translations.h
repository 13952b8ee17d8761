#pragma once

#include <QLocale>
#include <QString>

namespace dmc {

// Loads the product's and Qt's catalogues for a language ("en" or "ru") into the
// application, replacing the previous ones. Posts QEvent::LanguageChange to widgets.
class Translations
{
public:
    static QStringList availableLanguages(); // {"en", "ru"}
    static QString systemLanguage();         // "ru" when the system locale is Russian, else "en"
    static bool install(const QString &language);
    static QString currentLanguage();
    // The QLocale to format numbers, money and dates in for the current language.
    static QLocale locale();
};

} // namespace dmc
