#include "FiscalCalendar.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace dmc {

QString FiscalPeriod::key() const
{
    if (isMonth())
        return start.toString(QStringLiteral("yyyy-MM"));
    return quarterKey();
}

QString FiscalPeriod::quarterKey() const
{
    return QString::number(fiscalYear) + QLatin1Char('Q') + QString::number(quarter);
}

QString FiscalPeriod::label() const
{
    if (isMonth()) {
        // The month alone in the nominative, as the language writes it inside a sentence:
        // "November 2026", «ноябрь 2026».
        const QString month = QLocale().standaloneMonthName(start.month(), QLocale::LongFormat);
        return QCoreApplication::translate("dmc::FiscalPeriod", "%1 %2", "month, year").arg(month).arg(start.year());
    }
    return QCoreApplication::translate("dmc::FiscalPeriod", "Q%1 FY%2").arg(quarter).arg(fiscalYear);
}

FiscalCalendar::FiscalCalendar(int fiscalYearStartMonth)
    : m_startMonth(qBound(1, fiscalYearStartMonth, 12))
{
}

FiscalPeriod FiscalCalendar::period(int fiscalYear, int quarter) const
{
    // The fiscal year ends in calendar year `fiscalYear`; it starts in the previous
    // calendar year unless it starts in January.
    const int startYear = m_startMonth == 1 ? fiscalYear : fiscalYear - 1;
    const QDate yearStart(startYear, m_startMonth, 1);
    FiscalPeriod p;
    p.fiscalYear = fiscalYear;
    p.quarter = quarter;
    p.start = yearStart.addMonths(3 * (quarter - 1));
    p.end = p.start.addMonths(3).addDays(-1);
    return p;
}

FiscalPeriod FiscalCalendar::periodOf(QDate date) const
{
    if (!date.isValid())
        return {};
    const int monthsIntoYear = (date.month() - m_startMonth + 12) % 12;
    const int startYear = date.month() >= m_startMonth ? date.year() : date.year() - 1;
    const int fiscalYear = m_startMonth == 1 ? startYear : startYear + 1;
    return period(fiscalYear, monthsIntoYear / 3 + 1);
}

std::optional<FiscalPeriod> FiscalCalendar::parse(const QString &key) const
{
    static const QRegularExpression pattern(QStringLiteral("^(?:FY)?(\\d{4})-?Q([1-4])$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(key.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return period(match.captured(1).toInt(), match.captured(2).toInt());
}

FiscalPeriod FiscalCalendar::monthOf(QDate date) const
{
    if (!date.isValid())
        return {};
    FiscalPeriod month = periodOf(date);
    month.monthOfQuarter = (date.month() - month.start.month() + 12) % 12 + 1;
    month.start = QDate(date.year(), date.month(), 1);
    month.end = month.start.addMonths(1).addDays(-1);
    return month;
}

std::optional<FiscalPeriod> FiscalCalendar::parseMonth(const QString &key) const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = pattern.match(key.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate first(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    if (!first.isValid())
        return std::nullopt;
    return monthOf(first);
}

std::optional<FiscalPeriod> FiscalCalendar::parseQuarterOrMonth(const QString &key) const
{
    if (auto quarter = parse(key))
        return quarter;
    return parseMonth(key);
}

FiscalPeriod FiscalCalendar::quarterOf(const FiscalPeriod &p) const
{
    return p.isMonth() ? period(p.fiscalYear, p.quarter) : p;
}

QList<FiscalPeriod> FiscalCalendar::monthsOf(const FiscalPeriod &p) const
{
    const FiscalPeriod quarter = quarterOf(p);
    QList<FiscalPeriod> months;
    for (int i = 0; i < 3; ++i)
        months << monthOf(quarter.start.addMonths(i));
    return months;
}

FiscalPeriod FiscalCalendar::next(const FiscalPeriod &p) const
{
    if (p.isMonth())
        return monthOf(p.start.addMonths(1));
    return p.quarter == 4 ? period(p.fiscalYear + 1, 1) : period(p.fiscalYear, p.quarter + 1);
}

FiscalPeriod FiscalCalendar::previous(const FiscalPeriod &p) const
{
    if (p.isMonth())
        return monthOf(p.start.addMonths(-1));
    return p.quarter == 1 ? period(p.fiscalYear - 1, 4) : period(p.fiscalYear, p.quarter - 1);
}

FiscalPeriod FiscalCalendar::yearBefore(const FiscalPeriod &p) const
{
    if (p.isMonth())
        return monthOf(p.start.addYears(-1));
    return period(p.fiscalYear - 1, p.quarter);
}

QDate FiscalCalendar::weekStart(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

int FiscalCalendar::weekOfPeriod(const FiscalPeriod &p, QDate date)
{
    return int(weekStart(p.start).daysTo(weekStart(date)) / 7) + 1;
}

int FiscalCalendar::weeksInPeriod(const FiscalPeriod &p)
{
    return weekOfPeriod(p, p.end);
}

int FiscalCalendar::weeksLeft(const FiscalPeriod &p, QDate asOf)
{
    const qint64 daysAfter = asOf.daysTo(p.end);
    if (daysAfter <= 0)
        return 0;
    return int((daysAfter + 6) / 7);
}

} // namespace dmc
