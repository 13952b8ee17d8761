#pragma once

#include "FiscalPeriod.h"

#include <QList>

#include <optional>

namespace dmc {

// Fiscal quarters, their months and Monday-based weeks, for a configurable fiscal year start month.
class FiscalCalendar
{
public:
    explicit FiscalCalendar(int fiscalYearStartMonth = 1);

    int fiscalYearStartMonth() const { return m_startMonth; }

    FiscalPeriod periodOf(QDate date) const;
    FiscalPeriod period(int fiscalYear, int quarter) const;
    std::optional<FiscalPeriod> parse(const QString &key) const; // "2026Q1", "2026-Q1", "FY2026Q1"
    // The calendar month holding `date`, as a period of its fiscal quarter.
    FiscalPeriod monthOf(QDate date) const;
    std::optional<FiscalPeriod> parseMonth(const QString &key) const; // "2026-11"
    // A quarter or a month: what the review's --period takes.
    std::optional<FiscalPeriod> parseQuarterOrMonth(const QString &key) const;
    // The quarter itself, or the quarter holding a month.
    FiscalPeriod quarterOf(const FiscalPeriod &period) const;
    // The three months of the quarter holding `period`, in order.
    QList<FiscalPeriod> monthsOf(const FiscalPeriod &period) const;
    // The next / previous period of the same length: quarter after quarter, month after month.
    FiscalPeriod next(const FiscalPeriod &period) const;
    FiscalPeriod previous(const FiscalPeriod &period) const;
    // The same quarter or month one fiscal year before.
    FiscalPeriod yearBefore(const FiscalPeriod &period) const;

    static QDate weekStart(QDate date); // the Monday on or before date
    // 1-based week of the period holding `date` (week 1 holds the period's first day).
    static int weekOfPeriod(const FiscalPeriod &period, QDate date);
    static int weeksInPeriod(const FiscalPeriod &period);
    // Whole or part weeks after `asOf` until the period ends; 0 on or after its last day.
    static int weeksLeft(const FiscalPeriod &period, QDate asOf);

private:
    int m_startMonth;
};

} // namespace dmc
