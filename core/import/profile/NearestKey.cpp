#include "NearestKey.h"

#include <algorithm>
#include <vector>

namespace dmc {

int NearestKey::distance(const QString &a, const QString &b)
{
    const QString s = a.toCaseFolded();
    const QString t = b.toCaseFolded();
    const qsizetype n = s.size();
    const qsizetype m = t.size();
    // Three rows of the table are enough for the swap rule.
    std::vector<int> before(size_t(m + 1)), previous(size_t(m + 1)), current(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = s.at(i - 1) == t.at(j - 1) ? 0 : 1;
            int best = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && s.at(i - 1) == t.at(j - 2) && s.at(i - 2) == t.at(j - 1))
                best = std::min(best, before[size_t(j - 2)] + 1);
            current[size_t(j)] = best;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[size_t(m)];
}

int NearestKey::allowedEdits(const QString &word)
{
    return word.size() <= 5 ? 1 : word.size() <= 8 ? 2 : 3;
}

QString NearestKey::find(const QString &word, const QStringList &candidates)
{
    QString nearest;
    int best = allowedEdits(word) + 1;
    for (const QString &candidate : candidates) {
        const int d = distance(word, candidate);
        if (d < best) {
            best = d;
            nearest = candidate;
        }
    }
    return nearest;
}

} // namespace dmc
