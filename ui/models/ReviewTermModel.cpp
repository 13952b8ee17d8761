#include "ReviewTermModel.h"

#include "Format.h"

#include <QFont>

#include <cmath>

namespace dmc::ui {

namespace {

QString percentOr(const std::optional<double> &share)
{
    return share ? Format::percent(*share) : ReviewTermModel::tr("none", "no value");
}

QString moneyOr(const std::optional<double> &cents, const QString &currency)
{
    return cents ? Format::money(Cents(std::llround(*cents)), currency) : ReviewTermModel::tr("none", "no value");
}

} // namespace

ReviewTermModel::ReviewTermModel(QObject *parent)
    : ReviewTableModel(parent)
{
}

void ReviewTermModel::setBridge(const BookingsBridge &bridge, bool withMix, const FiscalPeriod &baseline,
                                const FiscalPeriod &reviewed, const QString &currency)
{
    beginResetModel();
    m_bridge = bridge;
    m_baseline = baseline;
    m_reviewed = reviewed;
    m_currency = currency;
    m_lines = {Line::Baseline, Line::Volume, Line::WinRate, Line::Size};
    if (withMix)
        m_lines.push_back(Line::Mix);
    m_lines.push_back(Line::Actual);
    endResetModel();
}

void ReviewTermModel::clear()
{
    beginResetModel();
    m_bridge = {};
    m_lines.clear();
    endResetModel();
}

Cents ReviewTermModel::amount(int row) const
{
    switch (line(row)) {
    case Line::Baseline: return m_bridge.baseline.bookings;
    case Line::Volume: return m_bridge.volume.amount;
    case Line::WinRate: return m_bridge.winRate.amount;
    case Line::Size: return m_bridge.size.amount;
    case Line::Mix: return m_bridge.mix.amount;
    case Line::Actual: return m_bridge.actual.bookings;
    }
    return 0;
}

QString ReviewTermModel::termName(int row) const
{
    switch (line(row)) {
    case Line::Baseline: return tr("Bookings %1").arg(m_baseline.label());
    case Line::Volume: return tr("Volume");
    case Line::WinRate: return tr("Win rate");
    case Line::Size: return tr("Average won deal");
    case Line::Mix: return tr("Mix");
    case Line::Actual: return tr("Bookings %1").arg(m_reviewed.label());
    }
    return {};
}

// What moved behind the term: the factor's value in the baseline and in the reviewed period.
QString ReviewTermModel::measure(int row) const
{
    const BookingsFactors &before = m_bridge.baseline;
    const BookingsFactors &after = m_bridge.actual;
    switch (line(row)) {
    case Line::Baseline:
    case Line::Actual: {
        const BookingsFactors &f = line(row) == Line::Baseline ? before : after;
        return tr("%1 won of %n decided", nullptr, f.decided).arg(Format::number(f.won));
    }
    case Line::Volume:
        return tr("decided deals %1 → %2").arg(Format::number(before.decided), Format::number(after.decided));
    case Line::WinRate: return tr("%1 → %2").arg(percentOr(before.winRate()), percentOr(after.winRate()));
    case Line::Size:
        return tr("%1 → %2").arg(moneyOr(before.averageWon(), m_currency), moneyOr(after.averageWon(), m_currency));
    case Line::Mix: return tr("the groups' shares of the decided deals moved");
    }
    return {};
}

int ReviewTermModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ReviewTermModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewTermModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Term: return termName(row);
        case Amount:
            return isTotal(row) ? Format::money(amount(row), m_currency) : Format::moneyDelta(amount(row), m_currency);
        case Measure: return measure(row);
        case Deals: return Format::number(qint64(dealsAt(row).size()));
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("Double-click or press Enter to list the %n deal(s) behind this line", nullptr,
                  int(dealsAt(row).size()));
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Deals))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && isTotal(row)) {
        QFont font;
        font.setWeight(QFont::DemiBold);
        return font;
    }
    return {};
}

QVariant ReviewTermModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Term: return tr("Term");
    case Amount: return tr("Amount");
    case Measure: return tr("From the baseline to the period");
    case Deals: return tr("Deals behind");
    }
    return {};
}

SortKey ReviewTermModel::sortKey(int row, int column) const
{
    switch (column) {
    case Term: return double(row); // the bridge's own order
    case Amount: return double(amount(row));
    case Deals: return double(dealsAt(row).size());
    }
    return double(row);
}

std::vector<qint32> ReviewTermModel::dealsAt(int row, int) const
{
    switch (line(row)) {
    case Line::Baseline: return m_bridge.baseline.decidedDeals();
    case Line::Actual: return m_bridge.actual.decidedDeals();
    case Line::Volume: return merged(m_bridge.volume.deals, m_bridge.volume.baselineDeals);
    case Line::WinRate: return merged(m_bridge.winRate.deals, m_bridge.winRate.baselineDeals);
    case Line::Size: return merged(m_bridge.size.deals, m_bridge.size.baselineDeals);
    case Line::Mix: return merged(m_bridge.mix.deals, m_bridge.mix.baselineDeals);
    }
    return {};
}

QString ReviewTermModel::drillTitle(int row, int) const
{
    if (isTotal(row))
        return tr("Decided deals: %1").arg(termName(row));
    return tr("%1, %2 against %3: %4")
        .arg(termName(row), m_reviewed.label(), m_baseline.label(), Format::moneyDelta(amount(row), m_currency));
}

} // namespace dmc::ui
