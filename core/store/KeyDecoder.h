#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <optional>

namespace dmc {

// A stored enum key ("best_case") decoded once per distinct text, not once per row.
template<class E>
class KeyDecoder
{
public:
    explicit KeyDecoder(std::optional<E> (*parse)(const QString &))
        : m_parse(parse)
    {
    }

    std::optional<E> operator()(QByteArrayView key)
    {
        const auto found = m_cache.constFind(QByteArray::fromRawData(key.data(), key.size()));
        if (found != m_cache.constEnd())
            return found.value();
        const std::optional<E> value = m_parse(QString::fromUtf8(key));
        m_cache.insert(key.toByteArray(), value);
        return value;
    }

private:
    std::optional<E> (*m_parse)(const QString &);
    QHash<QByteArray, std::optional<E>> m_cache;
};

} // namespace dmc
