#pragma once

#include "domain/Money.h"

#include <QColor>
#include <QCoreApplication>
#include <QPen>

class QChart;
class QAbstractAxis;

namespace dmc::ui {

// The restrained palette and axis styling every chart shares, and the money unit of an axis.
class ChartStyle
{
    Q_DECLARE_TR_FUNCTIONS(dmc::ui::ChartStyle)

public:
    enum class Role { Won, Plan, Commit, BestCase, Pipeline, Increase, Decrease, Total, Neutral, Target };

    struct MoneyScale
    {
        double divisor = 100.0; // cents per axis unit
        QString title;          // "USD, thousands"
    };

    static void apply(QChart *chart);
    static void styleAxis(QAbstractAxis *axis);
    static QColor color(Role role);
    static QPen pen(Role role);
    static MoneyScale moneyScale(Cents maximum, const QString &currency);
};

} // namespace dmc::ui
