#pragma once

#include <QList>
#include <QString>

namespace dmc {

// One entry of the scope picker (company, region, district or rep) with the entries below it.
// `key` is the engine's scope key; `label` is shown as is (names come from the CRM data).
struct ScopeNode
{
    QString key;
    QString label;
    QList<ScopeNode> children;
};

} // namespace dmc
