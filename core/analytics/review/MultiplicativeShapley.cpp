#include "MultiplicativeShapley.h"

#include <cmath>
#include <cstdlib>

namespace dmc {

namespace {

long double factorial(int n)
{
    long double result = 1;
    for (int k = 2; k <= n; ++k)
        result *= k;
    return result;
}

} // namespace

std::vector<long double> MultiplicativeShapley::values(std::span<const long double> before,
                                                       std::span<const long double> after)
{
    const int n = int(before.size());
    std::vector<long double> result(size_t(n), 0);
    const long double orders = factorial(n);
    for (int i = 0; i < n; ++i) {
        long double weighted = 0;
        // Every subset of the factors other than i, as a bit mask over all n (bit i never set).
        for (unsigned mask = 0; mask < (1u << n); ++mask) {
            if (mask & (1u << i))
                continue;
            int changed = 0;
            long double product = 1;
            for (int j = 0; j < n; ++j) {
                if (j == i)
                    continue;
                const bool inSubset = mask & (1u << j);
                changed += inSubset ? 1 : 0;
                product *= inSubset ? after[size_t(j)] : before[size_t(j)];
            }
            weighted += factorial(changed) * factorial(n - changed - 1) / orders * product;
        }
        result[size_t(i)] = (after[size_t(i)] - before[size_t(i)]) * weighted;
    }
    return result;
}

std::vector<Cents> MultiplicativeShapley::cents(std::span<const long double> before, std::span<const long double> after,
                                                Cents difference)
{
    const std::vector<long double> exact = values(before, after);
    std::vector<Cents> rounded(exact.size(), 0);
    Cents sum = 0;
    size_t largest = 0;
    for (size_t i = 0; i < exact.size(); ++i) {
        rounded[i] = Cents(std::llround(exact[i]));
        sum += rounded[i];
        if (std::fabs(exact[i]) > std::fabs(exact[largest]))
            largest = i;
    }
    if (!rounded.empty())
        rounded[largest] += difference - sum;
    return rounded;
}

} // namespace dmc
