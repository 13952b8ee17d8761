#include "TermLabels.h"

#include "i18n/Translations.h"

#include <QReadWriteLock>

namespace dmc {

namespace {

QReadWriteLock &installedLock()
{
    static QReadWriteLock lock;
    return lock;
}

TermLabels &installedLabels()
{
    static TermLabels labels;
    return labels;
}

} // namespace

TermLabels::TermLabels(const std::vector<TermLabel> &labels)
{
    for (const TermLabel &label : labels)
        m_labels.insert(key(label.kind, label.term, label.language), label.label);
}

QString TermLabels::key(const QString &kind, const QString &term, const QString &language)
{
    return kind + u'\x1f' + language + u'\x1f' + term;
}

QString TermLabels::label(const QString &kind, const QString &term, const QString &language) const
{
    return m_labels.value(key(kind, term, language));
}

void TermLabels::install(TermLabels labels)
{
    QWriteLocker locker(&installedLock());
    installedLabels() = std::move(labels);
}

TermLabels TermLabels::installed()
{
    QReadLocker locker(&installedLock());
    return installedLabels();
}

QString TermLabels::stage(const QString &crmName)
{
    if (crmName.isEmpty())
        return crmName;
    QReadLocker locker(&installedLock());
    const QString label = installedLabels().label(QStringLiteral("stage"), crmName, Translations::currentLanguage());
    return label.isEmpty() ? crmName : label;
}

} // namespace dmc
