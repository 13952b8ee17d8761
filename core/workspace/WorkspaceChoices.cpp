#include "WorkspaceChoices.h"

#include "analytics/dataset/Dataset.h"
#include "domain/FiscalCalendar.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace dmc {

ScopeNode WorkspaceChoices::scopeTree(const Dataset &dataset)
{
    // Reps without a district hang off the root.
    ScopeNode root{Scope::all().key(), tr("Whole company"), {}};
    QHash<QString, int> regionRow;
    QHash<QString, std::pair<int, int>> districtRow;
    std::vector<DatasetRep> reps = dataset.reps();
    std::sort(reps.begin(), reps.end(), [](const DatasetRep &a, const DatasetRep &b) {
        return std::tie(a.rep.region, a.rep.district, a.rep.name) < std::tie(b.rep.region, b.rep.district, b.rep.name);
    });
    for (const DatasetRep &rep : reps) {
        ScopeNode repNode{Scope::rep(rep.rep.id).key(), rep.rep.name, {}};
        if (rep.rep.district.isEmpty()) {
            root.children.append(repNode);
            continue;
        }
        const QString region = rep.rep.region.isEmpty() ? tr("No region") : rep.rep.region;
        if (!regionRow.contains(region)) {
            regionRow.insert(region, int(root.children.size()));
            root.children.append({Scope::region(rep.rep.region).key(), region, {}});
        }
        ScopeNode &regionNode = root.children[regionRow.value(region)];
        const QString districtKey = region + QLatin1Char('\n') + rep.rep.district;
        if (!districtRow.contains(districtKey)) {
            districtRow.insert(districtKey, {regionRow.value(region), int(regionNode.children.size())});
            regionNode.children.append({Scope::district(rep.rep.district).key(), rep.rep.district, {}});
        }
        regionNode.children[districtRow.value(districtKey).second].children.append(repNode);
    }
    // A region with one district: the district is the useful level, skip the extra click.
    for (ScopeNode &region : root.children) {
        if (region.children.size() == 1 && !region.children.first().children.isEmpty())
            region = region.children.first();
    }
    return root;
}

QList<std::pair<QString, QString>> WorkspaceChoices::periods(const Dataset &dataset, const FiscalCalendar &calendar)
{
    QList<FiscalPeriod> periods;
    auto addPeriod = [&periods](const FiscalPeriod &period) {
        if (period.isValid() && !periods.contains(period))
            periods.append(period);
    };
    if (dataset.snapshotCount() > 0) {
        FiscalPeriod period = calendar.periodOf(dataset.snapshotDates().first());
        const FiscalPeriod last = calendar.next(calendar.periodOf(dataset.snapshotDates().last()));
        for (int guard = 0; guard < 80 && period.start <= last.start; ++guard) {
            addPeriod(period);
            period = calendar.next(period);
        }
    }
    for (const QString &key : dataset.quotaPeriods()) {
        if (const auto period = calendar.parse(key))
            addPeriod(*period);
    }
    std::sort(periods.begin(), periods.end(),
              [](const FiscalPeriod &a, const FiscalPeriod &b) { return a.start < b.start; });
    QList<std::pair<QString, QString>> choices;
    for (const FiscalPeriod &period : std::as_const(periods))
        choices.append({period.key(), period.label()});
    return choices;
}

QString WorkspaceChoices::labelOf(const ScopeNode &tree, const QString &key)
{
    if (tree.key == key)
        return tree.label;
    for (const ScopeNode &child : tree.children) {
        const QString label = labelOf(child, key);
        if (!label.isEmpty())
            return label;
    }
    return {};
}

} // namespace dmc
