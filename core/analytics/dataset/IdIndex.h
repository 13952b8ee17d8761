#pragma once

#include <QHash>
#include <QString>

#include <mutex>
#include <vector>

namespace dmc {

// Id -> index into a list of records with an `id`. A builder fills it record by record; a
// Dataset read whole (its image, a slice) leaves it to the first lookup instead: most commands
// look no deal or account up by id, and 100k inserts are a tenth of a cached start.
template<class Record>
class IdIndex
{
public:
    void insert(const QString &id, qint32 index) { m_index.insert(id, index); }
    // The next lookup builds the index from `records`, which must outlive it and not change.
    void buildOnFirstLookup(const std::vector<Record> *records) { m_records = records; }
    // -1 when no record has the id. Safe from several threads once the list is final.
    qint32 value(const QString &id) const
    {
        if (m_records) {
            std::call_once(m_built, [this] {
                m_index.reserve(qsizetype(m_records->size()));
                for (size_t i = 0; i < m_records->size(); ++i)
                    m_index.insert((*m_records)[i].id, qint32(i));
            });
        }
        return m_index.value(id, -1);
    }
    bool contains(const QString &id) const { return value(id) >= 0; }

private:
    mutable QHash<QString, qint32> m_index;
    mutable std::once_flag m_built;
    const std::vector<Record> *m_records = nullptr;
};

} // namespace dmc
