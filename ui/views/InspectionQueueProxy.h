#pragma once

#include "TypedSortProxy.h"

#include <QSet>
#include <QString>

#include <optional>

namespace dmc::ui {

class InspectionQueueModel;

// Filters the inspection queue by typed data (rule chips, search text, the deals behind a
// drilled number, snoozed / reviewed) and sorts it, grouped by rep or rule when asked.
// Every filter change calls invalidate(), never invalidateFilter() (quadratic in Qt 6.4).
class InspectionQueueProxy : public TypedSortProxy
{
    Q_OBJECT

public:
    enum class GroupBy { None, Rep, Rule };

    explicit InspectionQueueProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setHiddenRules(const QSet<QString> &rules);
    void setSearchText(const QString &text);
    // Only the rows of these deals (dataset opportunity indices), whatever the chips and the
    // reviewed / snoozed switches say; nullopt shows every deal's hits as they say.
    void setDealFilter(std::optional<QSet<qint32>> deals);
    void setShowSnoozed(bool show);
    void setShowReviewed(bool show);
    void setGroupBy(GroupBy group);

    GroupBy groupBy() const { return m_groupBy; }
    bool hasDealFilter() const { return m_deals.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    InspectionQueueModel *m_queue = nullptr;
    QSet<QString> m_hiddenRules;
    QString m_needle;
    std::optional<QSet<qint32>> m_deals;
    bool m_showSnoozed = false;
    bool m_showReviewed = true;
    GroupBy m_groupBy = GroupBy::None;
};

} // namespace dmc::ui
