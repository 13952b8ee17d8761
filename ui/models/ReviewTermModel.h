#pragma once

#include "ReviewTableModel.h"
#include "analytics/review/BookingsBridge.h"
#include "domain/FiscalPeriod.h"

namespace dmc::ui {

// The bookings bridge as rows, read top to bottom like its chart: the baseline's bookings, the
// volume, win-rate, size and (across groups) mix terms, the reviewed period's bookings.
class ReviewTermModel : public ReviewTableModel
{
    Q_OBJECT

public:
    enum Column { Term, Amount, Measure, Deals, ColumnCount };
    enum class Line : quint8 { Baseline, Volume, WinRate, Size, Mix, Actual };

    explicit ReviewTermModel(QObject *parent = nullptr);

    // `withMix`: the bridge is a split's total, whose mix term is shown (else it is always 0).
    void setBridge(const BookingsBridge &bridge, bool withMix, const FiscalPeriod &baseline,
                   const FiscalPeriod &reviewed, const QString &currency);
    void clear(); // no review: no rows

    Line line(int row) const { return m_lines[size_t(row)]; }
    Cents amount(int row) const;
    bool isTotal(int row) const { return line(row) == Line::Baseline || line(row) == Line::Actual; }
    QString termName(int row) const; // translated

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;
    std::vector<qint32> dealsAt(int row, int column = Term) const override;
    QString drillTitle(int row, int column = Term) const override;

private:
    QString measure(int row) const;

    BookingsBridge m_bridge;
    FiscalPeriod m_baseline;
    FiscalPeriod m_reviewed;
    QString m_currency;
    std::vector<Line> m_lines;
};

} // namespace dmc::ui
