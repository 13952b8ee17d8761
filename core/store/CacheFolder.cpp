#include "CacheFolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace dmc {

namespace {
QString overrideFolder()
{
    return qEnvironmentVariable("DMC_CACHE_DIR");
}
} // namespace

bool CacheFolder::enabled()
{
    return overrideFolder() != QLatin1String("off");
}

QString CacheFolder::path(const QString &sub)
{
    if (!enabled())
        return {};
    QString base = overrideFolder();
    if (base.isEmpty()) {
        const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
        if (generic.isEmpty())
            return {};
        base = generic + QStringLiteral("/dmcockpit");
    }
    const QString folder = base + QLatin1Char('/') + sub;
    if (!QDir().mkpath(folder))
        return {};
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return folder;
}

QString CacheFolder::fileKey(const QString &location, const QString &salt)
{
    const QFileInfo info(location);
    const QString absolute = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash((absolute + QLatin1Char('\n') + salt).toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.toHex().left(24));
}

} // namespace dmc
