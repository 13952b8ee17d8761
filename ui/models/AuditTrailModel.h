#pragma once

#include "store/AuditEntry.h"

#include <QAbstractTableModel>

#include <vector>

namespace dmc::ui {

// Audit trail entries (store/AuditTrail) as the History dock's tables show them, newest first:
// when, who, kind, what, fields, from, to, worded by AuditWording. One model for the trail, one
// for the orphans (the DM actions whose deal or rep is no longer in the data).
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, Kind, What, Field, From, To, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, RevertibleRole };

    explicit AuditTrailModel(QObject *parent = nullptr);

    void setEntries(std::vector<AuditEntry> entries);
    const std::vector<AuditEntry> &entries() const { return m_entries; }
    const AuditEntry &entry(int row) const { return m_entries[size_t(row)]; }
    // The row of entry `id` (a DM action's), or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The headers are translated when asked: the language changed.
    void retranslate();

private:
    std::vector<AuditEntry> m_entries;
};

} // namespace dmc::ui
