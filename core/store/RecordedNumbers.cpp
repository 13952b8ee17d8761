#include "RecordedNumbers.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dmc {

QString recordedNumbersText(const QMap<QString, double> &recorded)
{
    QJsonObject object;
    for (auto it = recorded.begin(); it != recorded.end(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, double> recordedNumbersFrom(const QString &text)
{
    QMap<QString, double> recorded;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.value().isDouble())
            recorded.insert(it.key(), it.value().toDouble());
    return recorded;
}

} // namespace dmc
