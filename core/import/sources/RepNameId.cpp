#include "RepNameId.h"

#include <QCryptographicHash>

namespace dmc {

QString RepNameId::key(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QString RepNameId::idFor(const QString &name)
{
    const QByteArray hash = QCryptographicHash::hash(key(name).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("rep-") + QString::fromLatin1(hash.toHex().left(12));
}

} // namespace dmc
