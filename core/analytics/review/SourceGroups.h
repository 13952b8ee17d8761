#pragma once

#include "domain/SourceGroup.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace dmc {

// Where a deal came from, in four groups, read from the deal's lead source (the CRM's
// LeadSource / «Источник»): docs/definitions.md#source-mix lists the table. A value the table
// does not hold, and an empty one, is Other.
class SourceGroups
{
    Q_DECLARE_TR_FUNCTIONS(dmc::SourceGroups)

public:
    static constexpr std::array<SourceGroup, 4> all = AllSourceGroups;

    static SourceGroup groupOf(const QString &source);
    // The source values (lower case) the default table maps to a group; Other lists none.
    static QStringList defaultValues(SourceGroup group);
    static QString key(SourceGroup group); // "inbound" | "outbound" | "partner" | "other"
    static std::optional<SourceGroup> fromKey(const QString &key);
    static QString name(SourceGroup group); // translated
};

} // namespace dmc
