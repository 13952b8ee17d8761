#pragma once

#include "analytics/plays/PlaysReport.h"

#include <QAbstractTableModel>

namespace dmc::ui {

// The plays: each with the deals meeting its criteria, how many have every step due done, the
// adherence and the partners whose recorded attributes match, by name
// (docs/definitions.md#play-eligibility-and-adherence).
class PlayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Play, Eligible, Adherent, Adherence, Partners, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPlays(const std::vector<PlayFigures> &plays);
    void retranslate();
    const PlayFigures &play(int row) const { return m_plays[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<PlayFigures> m_plays;
};

} // namespace dmc::ui
