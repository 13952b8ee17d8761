#pragma once

#include "ReviewTableModel.h"
#include "analytics/review/WinLoss.h"

namespace dmc::ui {

// The lost deals of the reviewed period by loss reason or by competitor, as the CRM wrote them:
// count, amount and, from WinLoss::MinimumLostForShare lost deals on, the share of all lost deals.
class LossValueModel : public ReviewTableModel
{
    Q_OBJECT

public:
    enum Column { Value, Lost, Amount, Share, ColumnCount };
    enum class Kind : quint8 { Reason, Competitor };

    explicit LossValueModel(Kind kind, QObject *parent = nullptr);

    void setRows(const std::vector<WinLoss::ValueRow> &rows, bool sharesShown, const QString &currency);
    const WinLoss::ValueRow &row(int row) const { return m_rows[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;
    std::vector<qint32> dealsAt(int row, int column) const override;
    QString drillTitle(int row, int column) const override;

private:
    Kind m_kind;
    std::vector<WinLoss::ValueRow> m_rows;
    bool m_sharesShown = false;
    QString m_currency;
};

} // namespace dmc::ui
