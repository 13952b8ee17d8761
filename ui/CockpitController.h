#pragma once

#include "ScopeNode.h"
#include "domain/Error.h"

#include <QDate>
#include <QObject>

#include <memory>

namespace dmc {
class Database;
}

namespace dmc::ui {

// Owns the open database, the loaded data and the current query (scope, period, as-of,
// compare-to). Loads off the GUI thread, recomputes when the query changes and tells the
// views through signals. The views never call the engine themselves.
class CockpitController : public QObject
{
    Q_OBJECT

public:
    explicit CockpitController(QObject *parent = nullptr);
    ~CockpitController() override;

    // Opens (creating when absent) the database on this thread, then loads its data in the
    // background; loadFinished() follows.
    Status open(const QString &location);
    void close();
    QString databaseLocation() const;
    Database *database() const { return m_database.get(); }
    bool isLoading() const { return m_loading; }

    ScopeNode scopeTree() const { return m_scopeTree; }
    QList<std::pair<QString, QString>> periods() const;   // key, label
    QList<QDate> snapshotDates() const { return m_snapshotDates; }
    QString scopeKey() const { return m_scopeKey; }
    QString periodKey() const { return m_periodKey; }
    QDate asOf() const { return m_asOf; }
    QDate compareTo() const { return m_compareTo; }
    QString statusText() const;

    void setScope(const QString &key);
    void setPeriod(const QString &key);
    void setAsOf(QDate date);
    void setCompareTo(QDate date);

signals:
    void loadStarted();
    void loadFinished();
    // Scopes, periods or snapshot dates available changed (a new database was loaded).
    void choicesChanged();
    // Anything the title and status bar show changed.
    void stateChanged();
    void failed(const QString &message);

private:
    struct Loaded;
    void startLoading();
    void acceptLoaded(const std::shared_ptr<Loaded> &loaded, quint64 generation);

    std::unique_ptr<Database> m_database;
    bool m_loading = false;
    quint64 m_generation = 0;
    ScopeNode m_scopeTree;
    QStringList m_periodKeys;
    QList<QDate> m_snapshotDates;
    QString m_scopeKey;
    QString m_periodKey;
    QDate m_asOf;
    QDate m_compareTo;
    qint64 m_opportunityCount = 0;
};

} // namespace dmc::ui
