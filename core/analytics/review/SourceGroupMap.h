#pragma once

#include "SourceGroups.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace dmc {

// How one database groups its deals' lead sources: the table of the import profile that brought
// the data (the profile's `source_groups`, stored with the data as the setting `source_groups`),
// then the default table of SourceGroups for the values it does not list.
class SourceGroupMap
{
public:
    SourceGroupMap() = default;
    // Source value (any case) -> group; the values are trimmed and lower-cased.
    explicit SourceGroupMap(const QHash<QString, SourceGroup> &table);

    // The stored form: a JSON object of source value -> group key ("inbound", ...). A group key
    // the product does not know is left out (the import refuses it before storing).
    static SourceGroupMap fromJson(const QByteArray &json);

    // The group the profile's table gives `source`; nullopt when it does not list it.
    std::optional<SourceGroup> listedGroupOf(const QString &source) const;
    // The listed group, else the default table's.
    SourceGroup groupOf(const QString &source) const;
    bool isEmpty() const { return m_table.isEmpty(); }
    const QHash<QString, SourceGroup> &table() const { return m_table; }

private:
    QHash<QString, SourceGroup> m_table; // trimmed, lower-case source value -> group
};

} // namespace dmc
