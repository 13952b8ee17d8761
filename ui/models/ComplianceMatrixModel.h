#pragma once

#include "analytics/plays/ComplianceArtifacts.h"
#include "analytics/plays/PlaysReport.h"

#include <QAbstractTableModel>

namespace dmc::ui {

// The compliance matrix: a row per deal with an artifact, a column per artifact; a cell gives the
// reading against the stage the play names with its dates (docs/definitions.md#compliance-in-parallel).
class ComplianceMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const PlaysReport &report, const ComplianceArtifacts &artifacts);
    void retranslate();
    qint32 opportunityAt(int row) const;
    const ComplianceCell *cellAt(int row, int column) const; // column 0 is the deal

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<PlayDeal> m_deals;
    QStringList m_artifacts;                                         // ids, in the list's order
    std::vector<std::vector<std::optional<ComplianceCell>>> m_cells; // [row][artifact]
    ComplianceArtifacts m_list;
};

} // namespace dmc::ui
