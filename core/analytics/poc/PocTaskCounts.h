#pragma once

namespace dmc {

// Mutual action plan tasks of one side (buyer or seller) at the as-of.
struct PocTaskCounts
{
    int total = 0;
    int open = 0;    // not done on or before the as-of
    int overdue = 0; // open with a due date before the as-of
};

} // namespace dmc
