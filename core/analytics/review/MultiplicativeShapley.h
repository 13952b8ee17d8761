#pragma once

#include "domain/Money.h"

#include <span>
#include <vector>

namespace dmc {

// Splits the change of a product of factors (bookings = N x w x A, or N x share x w x A) between
// two states into one term per factor with the Shapley value: each factor's change, weighted
// over every order in which the factors can change (docs/definitions.md#bookings-bridge), so the
// split does not depend on an order and the terms add up to the change.
class MultiplicativeShapley
{
public:
    // Exact (real) values: phi_i = (after_i - before_i) x sum over the subsets S of the other
    // factors of |S|! (n - |S| - 1)! / n! x prod_{j in S} after_j x prod_{j not in S, j != i} before_j.
    static std::vector<long double> values(std::span<const long double> before, std::span<const long double> after);

    // The same in cents, adding up exactly to `difference`: each value rounded half away from
    // zero, then the residue (difference - sum of the rounded values, at most a cent per factor)
    // added to the term whose exact value is largest in absolute value (the first such on a tie).
    static std::vector<Cents> cents(std::span<const long double> before, std::span<const long double> after,
                                    Cents difference);
};

} // namespace dmc
