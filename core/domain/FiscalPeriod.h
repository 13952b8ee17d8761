#pragma once

#include <QDate>
#include <QString>

namespace dmc {

// A fiscal quarter, or one calendar month of it (the review's monthly cadence). The fiscal year
// is named by the calendar year it ends in (start month February: FY2027 runs February 2026 -
// January 2027).
struct FiscalPeriod
{
    int fiscalYear = 0;
    int quarter = 0;        // 1-4; for a month, the quarter holding it
    int monthOfQuarter = 0; // 1-3 when the period is that month of the quarter; 0 for the quarter
    QDate start;
    QDate end; // inclusive

    bool isValid() const { return quarter >= 1 && start.isValid(); }
    bool isMonth() const { return monthOfQuarter > 0; }
    bool contains(QDate date) const { return date.isValid() && date >= start && date <= end; }
    // "2026Q1" for a quarter, "2026-11" (calendar year and month) for a month: files, JSON, the
    // command line.
    QString key() const;
    // The key of the quarter (of the quarter holding a month): quotas and forecast calls are kept
    // by quarter.
    QString quarterKey() const;
    // What a person reads: "Q1 FY2026" (Russian «1 кв. 2026»); a month "November 2026" («ноябрь 2026»).
    QString label() const;
    friend bool operator==(const FiscalPeriod &a, const FiscalPeriod &b)
    {
        return a.fiscalYear == b.fiscalYear && a.quarter == b.quarter && a.monthOfQuarter == b.monthOfQuarter
            && a.start == b.start;
    }
};

} // namespace dmc
