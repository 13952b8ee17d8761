#pragma once

#include <QDate>
#include <QString>

namespace dmc {

// An account executive (or SE) and where they sit: district, region.
struct Rep
{
    QString id;
    QString name;
    QString district;
    QString region;
    QString role = QStringLiteral("AE");
    QDate rampStart;
};

} // namespace dmc
