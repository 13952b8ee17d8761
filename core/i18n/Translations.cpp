#include "Translations.h"

#include "TypographyTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace dmc {

namespace {
QString &current()
{
    static QString language = QStringLiteral("en");
    return language;
}

std::unique_ptr<QTranslator> &productTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}
} // namespace

QStringList Translations::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString Translations::systemLanguage()
{
    return QLocale::system().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

bool Translations::install(const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    for (auto *slot : {&productTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    // Russian keeps a number on the line of its word (no-break spaces, TypographyTranslator).
    std::unique_ptr<QTranslator> product =
        language == QLatin1String("ru") ? std::make_unique<TypographyTranslator>() : std::make_unique<QTranslator>();
    // The English catalogue carries only plural forms; both are embedded under :/i18n.
    if (product->load(QStringLiteral(":/i18n/dmcockpit_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(product.get());
        productTranslator() = std::move(product);
    }
    auto qt = std::make_unique<QTranslator>();
    if (language != QLatin1String("en")
        && qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    current() = language;
    QLocale::setDefault(locale());
    return true;
}

QString Translations::currentLanguage()
{
    return current();
}

QLocale Translations::locale()
{
    return current() == QLatin1String("ru") ? QLocale(QLocale::Russian, QLocale::Russia)
                                            : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace dmc
