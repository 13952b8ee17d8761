#pragma once

#include <QDate>
#include <QString>

namespace dmc {

// A fiscal quarter. The fiscal year is named by the calendar year it ends in
// (start month February: FY2027 runs February 2026 - January 2027).
struct FiscalPeriod
{
    int fiscalYear = 0;
    int quarter = 0; // 1-4
    QDate start;
    QDate end; // inclusive

    bool isValid() const { return quarter >= 1 && start.isValid(); }
    bool contains(QDate date) const { return date.isValid() && date >= start && date <= end; }
    QString key() const;   // "2026Q1": files, JSON, the command line
    QString label() const; // what a person reads: "Q1 FY2026" (Russian «1 кв. 2026»)
    friend bool operator==(const FiscalPeriod &a, const FiscalPeriod &b)
    {
        return a.fiscalYear == b.fiscalYear && a.quarter == b.quarter && a.start == b.start;
    }
};

} // namespace dmc
