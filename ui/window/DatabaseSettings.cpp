#include "DatabaseSettings.h"

#include "store/Database.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace dmc::ui {

DatabaseSettings::DatabaseSettings(const QString &location)
    : m_location(identityOf(location))
{
    // A path holds '/' and ':', which QSettings reads as groups: the key is a hash of it.
    const QByteArray hash = QCryptographicHash::hash(m_location.toUtf8(), QCryptographicHash::Sha1).toHex();
    m_group = QStringLiteral("databases/") + QString::fromLatin1(hash.left(16));
}

QString DatabaseSettings::identityOf(const QString &location)
{
    if (Database::isServerLocation(location))
        return location;
    const QFileInfo file(location);
    const QString canonical = file.canonicalFilePath();
    return canonical.isEmpty() ? file.absoluteFilePath() : canonical;
}

QString DatabaseSettings::key(const char *name) const
{
    return m_group + QLatin1Char('/') + QLatin1String(name);
}

Setting<QStringList> DatabaseSettings::queueHiddenRules() const
{
    return {key("queue/hiddenRules"), QStringList()};
}

Setting<int> DatabaseSettings::queueGroupBy() const
{
    return {key("queue/groupBy"), 0};
}

Setting<int> DatabaseSettings::queueSortColumn() const
{
    return {key("queue/sortColumn"), -1};
}

Setting<int> DatabaseSettings::queueSortOrder() const
{
    return {key("queue/sortOrder"), int(Qt::DescendingOrder)};
}

Setting<QString> DatabaseSettings::packRep() const
{
    return {key("pack/rep"), QString()};
}

Setting<QString> DatabaseSettings::compareRule() const
{
    return {key("query/compareTo"), QStringLiteral("previous")};
}

void DatabaseSettings::rememberLocation() const
{
    Setting<QString>(key("location"), QString()).setValue(m_location);
}

} // namespace dmc::ui
