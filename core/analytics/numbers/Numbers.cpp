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
    if (weeksLeft > 0 && quotaRecorded())
        requiredWeeklyRunRate = (gap + weeksLeft - 1) / weeksLeft;
    else
        requiredWeeklyRunRate.reset();
}

Numbers Numbers::sum(const std::vector<Numbers> &perRep, std::span<const qint32> reps)
{
    Numbers total;
    size_t won = 0, commit = 0, bestCase = 0, pipeline = 0;
    for (const qint32 rep : reps) {
        const Numbers &n = perRep[size_t(rep)];
        total.quota += n.quota;
        total.quotaReps += n.quotaReps;
        total.won += n.won;
        total.commit += n.commit;
        total.bestCase += n.bestCase;
        total.pipeline += n.pipeline;
        total.weightedPipeline += n.weightedPipeline;
        total.wonCount += n.wonCount;
        total.commitCount += n.commitCount;
        total.bestCaseCount += n.bestCaseCount;
        total.pipelineCount += n.pipelineCount;
        won += n.drill.won.size();
        commit += n.drill.commit.size();
        bestCase += n.drill.bestCase.size();
        pipeline += n.drill.pipeline.size();
    }
    auto gather = [&](std::vector<qint32> Drill::*cell, size_t size) {
        std::vector<qint32> &to = total.drill.*cell;
        to.reserve(size);
        for (const qint32 rep : reps) {
            const std::vector<qint32> &from = perRep[size_t(rep)].drill.*cell;
            to.insert(to.end(), from.begin(), from.end());
        }
        std::sort(to.begin(), to.end());
    };
    gather(&Drill::won, won);
    gather(&Drill::commit, commit);
    gather(&Drill::bestCase, bestCase);
    gather(&Drill::pipeline, pipeline);
    return total;
}

} // namespace dmc
