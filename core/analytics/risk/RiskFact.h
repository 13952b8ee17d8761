#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QString>

namespace dmc {

// One named value of a risk hit's evidence (untranslated key: "entered", "days", "limit", ...).
struct RiskFact
{
    enum class Kind : quint8 { Date, Days, Count, Money, Percent, Score, Text };

    QString key;
    Kind kind = Kind::Count;
    qint64 number = 0; // Days, Count, Money (reporting cents), Percent, Score
    QDate date;        // Date
    QString text;      // Text (untranslated key or a name from the data)

    static RiskFact ofDate(const QString &key, const QDate &date) { return {key, Kind::Date, 0, date, {}}; }
    static RiskFact ofDays(const QString &key, qint64 days) { return {key, Kind::Days, days, {}, {}}; }
    static RiskFact ofCount(const QString &key, qint64 count) { return {key, Kind::Count, count, {}, {}}; }
    static RiskFact ofMoney(const QString &key, Cents cents) { return {key, Kind::Money, cents, {}, {}}; }
    static RiskFact ofPercent(const QString &key, qint64 percent) { return {key, Kind::Percent, percent, {}, {}}; }
    static RiskFact ofScore(const QString &key, qint64 score) { return {key, Kind::Score, score, {}, {}}; }
    static RiskFact ofText(const QString &key, const QString &text) { return {key, Kind::Text, 0, {}, text}; }
};

} // namespace dmc
