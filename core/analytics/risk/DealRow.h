#pragma once

#include "RiskHit.h"

#include <vector>

namespace dmc {

class Dataset;
struct SnapshotRecord;

// A deal as the inspection queue lists it: the RiskHit fields that describe the deal at a
// snapshot (name, account, owner, amount, close date, category, stage), without a rule. The risk
// engine starts every hit from it; a drill-down lists the deals it counts without a hit with it.
namespace DealRow {

// Fills the deal's fields of `hit` from its row at the snapshot `asOf`.
void fill(RiskHit &hit, const Dataset &data, const SnapshotRecord &row, QDate asOf);
// The rows of `deals` (opportunity indices) at snapshot `dateIndex`, in the order given; a deal
// with no row at that snapshot is left out. ruleId is empty: "about the deal".
std::vector<RiskHit> at(const Dataset &data, int dateIndex, const std::vector<qint32> &deals);

} // namespace DealRow

} // namespace dmc
