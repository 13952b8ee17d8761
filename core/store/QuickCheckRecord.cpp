#include "QuickCheckRecord.h"

#include "store/CacheFolder.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <algorithm>

namespace dmc {

QByteArray QuickCheckRecord::fingerprint(const QString &path)
{
    // Size and times to the millisecond of the file and its -wal (a write lands in either). An
    // empty -wal is the same as none: opening a WAL database creates it, reading changes nothing.
    QByteArray text;
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        const QFileInfo info(file);
        if (!info.exists() || (file != path && info.size() == 0)) {
            text += "-\n";
            continue;
        }
        text += QByteArray::number(info.size()) + ' ' + QByteArray::number(info.lastModified().toMSecsSinceEpoch())
            + ' ' + QByteArray::number(info.metadataChangeTime().toMSecsSinceEpoch()) + '\n';
    }
    return QFileInfo(path).canonicalFilePath().toUtf8() + '\n' + text;
}

QString QuickCheckRecord::recordPath(const QString &path)
{
    const QString folder = CacheFolder::path(QStringLiteral("checks"));
    if (folder.isEmpty())
        return {};
    return folder + QLatin1Char('/') + CacheFolder::fileKey(path) + QStringLiteral(".check");
}

bool QuickCheckRecord::unchangedSinceCleanCheck(const QString &path)
{
    const QString record = recordPath(path);
    if (record.isEmpty())
        return false;
    QFile file(record);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.readAll() == fingerprint(path);
}

qint64 QuickCheckRecord::msecsUntilSettled(const QString &path)
{
    // File times tick coarsely (a few ms, two seconds on FAT): a write landing in the same tick as
    // the one just checked would leave the fingerprint unchanged. Like git's "racily clean"
    // entries, a file written in the last two seconds is not remembered, so it is checked again.
    constexpr qint64 WindowMs = 2000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 wait = 0;
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        const QFileInfo info(file);
        if (!info.exists() || (file != path && info.size() == 0))
            continue;
        const qint64 latest =
            std::max(info.lastModified().toMSecsSinceEpoch(), info.metadataChangeTime().toMSecsSinceEpoch());
        wait = std::max(wait, latest + WindowMs - now);
    }
    return wait;
}

void QuickCheckRecord::rememberCleanCheck(const QString &path)
{
    const QString record = recordPath(path);
    if (record.isEmpty())
        return;
    if (msecsUntilSettled(path) > 0) {
        QFile::remove(record);
        return;
    }
    QSaveFile file(record);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(fingerprint(path));
    file.commit();
}

void QuickCheckRecord::forget(const QString &path)
{
    const QString record = recordPath(path);
    if (!record.isEmpty())
        QFile::remove(record);
}

} // namespace dmc
