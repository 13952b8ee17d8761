#pragma once

#include "domain/Meddpicc.h"

#include <QAbstractTableModel>

namespace dmc::ui {

// The MEDDPICC grid of one deal: element, evidence level and the rep's note.
class MeddpiccModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Element, Level, Note, ColumnCount };

    explicit MeddpiccModel(QObject *parent = nullptr);

    void setMeddpicc(const Meddpicc &meddpicc);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Meddpicc m_meddpicc{};
    bool m_set = false;
};

} // namespace dmc::ui
