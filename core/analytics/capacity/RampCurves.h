#pragma once

#include "RampCurve.h"
#include "domain/Error.h"
#include "domain/RampCurvePoint.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace dmc {

// The ramp curves in force: the shipped defaults (resources/capacity/ramp-curves.json), each
// role's curve replaced by the database's own when its ramp_curves.csv names the role. Role "*"
// serves every role without a curve of its own; without "*" such a role counts as fully ramped.
class RampCurves
{
    Q_DECLARE_TR_FUNCTIONS(dmc::RampCurves)

public:
    static constexpr char AnyRole[] = "*";

    // The shipped defaults; a broken resource is a build error, so this never fails in a release.
    static const RampCurves &defaults();
    // Parses the defaults' JSON format ({"curves": {"role": [25, 50, 75]}}); `source` names the
    // text in errors.
    static Result<RampCurves> fromJson(const QByteArray &json, const QString &source);
    // The curves of `points` (month 1..n in any order, no gap) grouped by role.
    static RampCurves fromPoints(const std::vector<RampCurvePoint> &points);

    // These curves with every role of `replacements` replaced by its curve there.
    RampCurves replacedBy(const RampCurves &replacements) const;

    const RampCurve &curveFor(const QString &role) const;
    QStringList roles() const; // sorted
    bool isEmpty() const { return m_curves.isEmpty(); }

private:
    QHash<QString, RampCurve> m_curves;
    RampCurve m_fullyRamped;
};

} // namespace dmc
