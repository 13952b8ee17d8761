#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace dmc {

// Repeated texts read from the database (owner ids, stages, currencies, file names) become one
// shared QString each: fewer allocations on a load and less memory for 100k deals.
class TextInterner
{
public:
    QString operator()(QByteArrayView text)
    {
        if (text.isNull())
            return {};
        const auto found = m_texts.constFind(QByteArray::fromRawData(text.data(), text.size()));
        if (found != m_texts.constEnd())
            return found.value();
        const QString value = QString::fromUtf8(text);
        m_texts.insert(text.toByteArray(), value);
        return value;
    }

private:
    QHash<QByteArray, QString> m_texts;
};

} // namespace dmc
