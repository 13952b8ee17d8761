#pragma once

#include <QString>

#include <vector>

namespace dmc {

// One role's ramp: the percent of a fully ramped rep in tenure months 1..n; from month n + 1 on a
// rep counts as 100%. A rep whose tenure is unknown (no ramp_start) counts as fully ramped.
class RampCurve
{
public:
    RampCurve() = default;
    RampCurve(QString role, std::vector<int> percents);

    const QString &role() const { return m_role; }
    const std::vector<int> &percents() const { return m_percents; } // month 1 first
    int length() const { return int(m_percents.size()); }           // months before 100%
    // The fraction (0.25 for 25%) in tenure month `month`; 1 after the last entry or for month < 1
    // (an unknown tenure).
    double fraction(int month) const;

private:
    QString m_role;
    std::vector<int> m_percents;
};

} // namespace dmc
