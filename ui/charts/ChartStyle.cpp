#include "ChartStyle.h"

#include "analytics/text/TextFormat.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace dmc::ui {

void ChartStyle::apply(QChart *chart)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis and label numbers in the language's format (Russian «2,5»), as the tiles write them.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    QFont title = chart->titleFont();
    title.setPointSizeF(10.5);
    title.setWeight(QFont::DemiBold);
    chart->setTitleFont(title);
    chart->setTitleBrush(QColor(0x1f, 0x2a, 0x37));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legend = chart->legend()->font();
    legend.setPointSizeF(8.5);
    chart->legend()->setFont(legend);
}

void ChartStyle::styleAxis(QAbstractAxis *axis)
{
    QFont labels = axis->labelsFont();
    labels.setPointSizeF(8);
    axis->setLabelsFont(labels);
    axis->setLabelsColor(QColor(0x5f, 0x6b, 0x7a));
    QFont title = axis->titleFont();
    title.setPointSizeF(8);
    title.setWeight(QFont::Normal);
    axis->setTitleFont(title);
    axis->setTitleBrush(QColor(0x5f, 0x6b, 0x7a));
    axis->setGridLineColor(QColor(0xe6, 0xe9, 0xee));
    axis->setLinePenColor(QColor(0xc9, 0xcf, 0xd8));
}

QColor ChartStyle::color(Role role)
{
    switch (role) {
    case Role::Won: return QColor(0x1f, 0x5f, 0xa8);      // deep blue
    case Role::Plan: return QColor(0x8a, 0x94, 0xa3);     // grey
    case Role::Commit: return QColor(0x2e, 0x9c, 0x8f);   // teal
    case Role::BestCase: return QColor(0xe0, 0x9b, 0x3d); // amber
    case Role::Pipeline: return QColor(0xa9, 0xb8, 0xcc);
    case Role::Increase: return QColor(0x3a, 0x8f, 0x5c);
    case Role::Decrease: return QColor(0xc0, 0x56, 0x47);
    case Role::Total: return QColor(0x1f, 0x5f, 0xa8);
    case Role::Neutral: return QColor(0x8a, 0x94, 0xa3);
    case Role::Target: return QColor(0x5f, 0x6b, 0x7a);
    }
    return Qt::black;
}

QPen ChartStyle::pen(Role role)
{
    QPen pen(color(role));
    pen.setWidthF(role == Role::Won ? 3.0 : 2.0);
    if (role == Role::Plan || role == Role::Target)
        pen.setStyle(Qt::DashLine);
    if (role == Role::BestCase)
        pen.setStyle(Qt::DotLine);
    return pen;
}

ChartStyle::MoneyScale ChartStyle::moneyScale(Cents maximum, const QString &currency)
{
    // The axis names the currency as sentences do: "USD, thousands", Russian «₽, тыс.».
    const QString sign = TextFormat::currencySign(currency);
    const double units = double(maximum) / 100.0;
    if (units >= 2e6)
        return {1e8, tr("%1, millions").arg(sign)};
    if (units >= 2e3)
        return {1e5, tr("%1, thousands").arg(sign)};
    return {100.0, sign};
}

} // namespace dmc::ui
