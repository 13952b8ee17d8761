#pragma once

#include "workspace/ScopeNode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace dmc {

class Dataset;
class FiscalCalendar;

// What the query bar offers for a loaded dataset: the scope tree and the fiscal periods.
class WorkspaceChoices
{
    Q_DECLARE_TR_FUNCTIONS(dmc::WorkspaceChoices)

public:
    // Company > regions > districts > reps; a region with one district shows the district only.
    static ScopeNode scopeTree(const Dataset &dataset);
    // Every quarter from the first snapshot to one past the last, plus the quota periods: key, label.
    static QList<std::pair<QString, QString>> periods(const Dataset &dataset, const FiscalCalendar &calendar);
    // The label of the node with `key` in `tree`; empty when there is none.
    static QString labelOf(const ScopeNode &tree, const QString &key);
};

} // namespace dmc
