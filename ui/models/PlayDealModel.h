#pragma once

#include "analytics/plays/PlaysReport.h"

#include <QAbstractTableModel>

namespace dmc::ui {

// The deals of one play: stage, the steps due by it, done and missing. A row names its deal so the
// dock can select it in Deal detail.
class PlayDealModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Deal, Rep, Stage, Due, Done, Missing, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPlay(const PlaysReport &report, const PlayFigures *play);
    void retranslate();
    qint32 opportunityAt(int row) const; // Dataset index of the row's deal

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<PlayDeal> m_deals; // one per row
    std::vector<PlayDealSteps> m_steps;
};

} // namespace dmc::ui
