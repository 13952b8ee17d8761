#pragma once

#include <QtGlobal>

#include <cstdint>
#include <random>

namespace dmc {

// The demo generator's random source: std::mt19937_64 (its output is fixed by the
// standard) with our own distributions, because std::uniform_*_distribution differs
// between standard libraries and the demo must be byte-identical for a seed.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_engine(seed)
    {
    }

    quint64 next() { return m_engine(); }

    // Uniform in [0, 1) with 53 random bits.
    double unit() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }

    // Uniform integer in [0, n); n > 0. Rejection keeps it unbiased.
    quint64 below(quint64 n)
    {
        const quint64 limit = UINT64_MAX - UINT64_MAX % n;
        quint64 value = m_engine();
        while (value >= limit)
            value = m_engine();
        return value % n;
    }

    // Uniform integer in [lo, hi] (inclusive).
    int range(int lo, int hi) { return lo + int(below(quint64(hi - lo) + 1)); }
    double range(double lo, double hi) { return lo + (hi - lo) * unit(); }
    bool chance(double p) { return unit() < p; }

    // Skewed towards lo: most values small, a long tail to hi (deal sizes, ARR).
    double skewed(double lo, double hi)
    {
        const double u = unit();
        return lo + (hi - lo) * u * u * u;
    }

    template<typename Container>
    const auto &pick(const Container &items)
    {
        return items[below(quint64(std::size(items)))];
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace dmc
