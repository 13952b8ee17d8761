#include "Numbers.h"

#include <algorithm>

namespace dmc {

void Numbers::derive()
{
    gap = std::max<Cents>(0, quota - won);
    attainment = quota > 0 ? std::optional<double>(double(won) / double(quota)) : std::nullopt;
    commitForecast = won + commit;
    bestCaseForecast = won + commit + bestCase;
    openPipeline = commit + bestCase + pipeline;
    if (gap > 0) {
        coverage = double(openPipeline) / double(gap);
        weightedCoverage = double(weightedPipeline) / double(gap);
    } else {
        coverage.reset();
        weightedCoverage.reset();
    }
    if (weeksLeft > 0)
        requiredWeeklyRunRate = (gap + weeksLeft - 1) / weeksLeft;
    else
        requiredWeeklyRunRate.reset();
}

void Numbers::add(const Numbers &other)
{
    quota += other.quota;
    won += other.won;
    commit += other.commit;
    bestCase += other.bestCase;
    pipeline += other.pipeline;
    weightedPipeline += other.weightedPipeline;
    wonCount += other.wonCount;
    commitCount += other.commitCount;
    bestCaseCount += other.bestCaseCount;
    pipelineCount += other.pipelineCount;
    auto append = [](std::vector<qint32> &to, const std::vector<qint32> &from) {
        const auto middle = to.size();
        to.insert(to.end(), from.begin(), from.end());
        std::inplace_merge(to.begin(), to.begin() + qsizetype(middle), to.end());
    };
    append(drill.won, other.drill.won);
    append(drill.commit, other.drill.commit);
    append(drill.bestCase, other.drill.bestCase);
    append(drill.pipeline, other.drill.pipeline);
}

} // namespace dmc
