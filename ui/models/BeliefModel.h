#pragma once

#include "analytics/coaching/CoachingPackData.h"

#include <QAbstractTableModel>

namespace dmc::ui {

// One deal's belief stack in the coaching pack: each belief with the DM's rating
// (Proven / Mostly proven / Needs proof), editable in place.
class BeliefModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Position, Belief, Rating, ColumnCount };

    explicit BeliefModel(QObject *parent = nullptr);

    void setStack(const CoachingPackData::BeliefStack &stack);
    const CoachingPackData::BeliefStack &stack() const { return m_stack; }
    void retranslate();
    // Off for a read-only database: ratings are shown, not edited.
    void setEditable(bool editable) { m_editable = editable; }

    static QStringList ratingKeys(); // proven, mostly_proven, needs_proof

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // `belief` is what the rating stores: a default belief's key, else the wording.
    void ratingEdited(const QString &opportunityId, int position, const QString &belief, const QString &rating);

private:
    CoachingPackData::BeliefStack m_stack;
    bool m_editable = true;
};

} // namespace dmc::ui
