#pragma once

#include "Setting.h"

#include <QString>
#include <QStringList>

namespace dmc::ui {

// What the DM set up on one database, kept apart from every other database's: the inspection
// queue's hidden rules, grouping and sort, the coaching pack's rep and the compare-to rule.
// The entries live under "databases/<hash of the location>/", the location beside them.
class DatabaseSettings
{
public:
    // A file by its canonical path (the same file reached by two paths is one database), a team
    // database by its address.
    explicit DatabaseSettings(const QString &location);

    QString group() const { return m_group; }

    Setting<QStringList> queueHiddenRules() const; // rule ids whose chips are unticked
    Setting<int> queueGroupBy() const;             // InspectionQueueProxy::GroupBy
    Setting<int> queueSortColumn() const;          // InspectionQueueModel column; -1: default
    Setting<int> queueSortOrder() const;           // Qt::SortOrder
    Setting<QString> packRep() const;              // rep id; empty: none chosen
    Setting<QString> compareRule() const;          // CompareToRule::key()

    // Stamps the location beside the entries, so a person reading the settings file sees whose.
    void rememberLocation() const;

    static QString identityOf(const QString &location);

private:
    QString key(const char *name) const;

    QString m_location;
    QString m_group;
};

} // namespace dmc::ui
