#pragma once

#include "domain/PlayRecords.h"

#include <QDate>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace dmc {

// A chain of open tasks, each waiting for the one before it (docs/definitions.md#task-graph).
struct TaskChain
{
    qint32 deal = -1;                  // index into PlaysReport::deals
    QStringList tasks;                 // ids, first to last
    QDate end;                         // the last task's due date (the latest due date of the chain when it has none)
    QDate close;                       // the deal's close date at the as-of
    std::optional<int> daysAfterClose; // end - close; negative: before it
    int length() const { return int(tasks.size()); }
};

// A task of a deal at the as-of.
struct TaskState
{
    DealTask task;
    qint32 deal = -1;
    bool open = false;
    bool overdue = false;
};

struct RoleTasks
{
    TaskRole role = TaskRole::AE;
    int open = 0;
    int overdue = 0;
    std::optional<TaskChain> longestChain; // the longest chain ending in a task of this role
};

struct TaskGraph
{
    std::vector<TaskState> tasks;      // by deal, then id
    std::array<RoleTasks, 4> roles;    // by TaskRole
    std::vector<TaskChain> dealChains; // per deal with an open task: its longest chain
};

} // namespace dmc
