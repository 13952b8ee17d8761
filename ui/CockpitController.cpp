#include "CockpitController.h"

#include "i18n/Translations.h"
#include "store/Database.h"
#include "store/DatabaseSummary.h"

#include <QPointer>
#include <QThread>

namespace dmc::ui {

// What the background load hands back to the GUI thread.
struct CockpitController::Loaded
{
    std::optional<DatabaseSummary> summary;
    QString error;
};

CockpitController::CockpitController(QObject *parent)
    : QObject(parent)
{
}

CockpitController::~CockpitController() = default;

Status CockpitController::open(const QString &location)
{
    auto opened = Database::open(location);
    if (!opened)
        return opened.error();
    m_database = std::move(opened.value());
    startLoading();
    return Done{};
}

void CockpitController::close()
{
    ++m_generation;     // a load still running for the old database is ignored
    m_database.reset();
    m_scopeTree = {};
    m_periodKeys.clear();
    m_snapshotDates.clear();
    m_asOf = m_compareTo = {};
    m_loading = false;
    emit choicesChanged();
    emit stateChanged();
}

QString CockpitController::databaseLocation() const
{
    return m_database ? m_database->location() : QString();
}

QList<std::pair<QString, QString>> CockpitController::periods() const
{
    QList<std::pair<QString, QString>> list;
    for (const QString &key : m_periodKeys)
        list.append({key, key});
    return list;
}

QString CockpitController::statusText() const
{
    if (!m_database)
        return tr("No database open. Open one with Ctrl+O or create one with Ctrl+N.");
    if (m_loading)
        return tr("Loading %1...").arg(m_database->location());
    if (m_snapshotDates.isEmpty())
        return tr("This database holds no snapshots yet. Import a CRM export with Ctrl+I.");
    const QLocale locale = Translations::locale();
    return tr("%n deals, %1 snapshots from %2 to %3", nullptr, int(m_opportunityCount))
        .arg(locale.toString(m_snapshotDates.size()),
             locale.toString(m_snapshotDates.first(), QLocale::ShortFormat),
             locale.toString(m_snapshotDates.last(), QLocale::ShortFormat));
}

void CockpitController::setScope(const QString &key)
{
    if (key == m_scopeKey)
        return;
    m_scopeKey = key;
    emit stateChanged();
}

void CockpitController::setPeriod(const QString &key)
{
    if (key == m_periodKey)
        return;
    m_periodKey = key;
    emit stateChanged();
}

void CockpitController::setAsOf(QDate date)
{
    if (date == m_asOf)
        return;
    m_asOf = date;
    emit stateChanged();
}

void CockpitController::setCompareTo(QDate date)
{
    if (date == m_compareTo)
        return;
    m_compareTo = date;
    emit stateChanged();
}

void CockpitController::startLoading()
{
    const quint64 generation = ++m_generation;
    const QString location = m_database->location();
    m_loading = true;
    emit loadStarted();
    emit stateChanged();

    // A separate read-only connection: SQLite connections belong to the thread that opened them.
    QPointer<CockpitController> self(this);
    QThread *thread = QThread::create([self, location, generation] {
        auto loaded = std::make_shared<Loaded>();
        auto database = Database::open(location, Database::OpenMode::ReadOnly);
        if (!database) {
            loaded->error = database.error().toString();
        } else {
            auto summary = DatabaseSummary::read(**database);
            if (summary)
                loaded->summary = summary.value();
            else
                loaded->error = summary.error().toString();
        }
        if (self)
            QMetaObject::invokeMethod(self, [self, loaded, generation] {
                if (self)
                    self->acceptLoaded(loaded, generation);
            }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void CockpitController::acceptLoaded(const std::shared_ptr<Loaded> &loaded, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    if (!loaded->error.isEmpty()) {
        emit failed(loaded->error);
        emit loadFinished();
        emit stateChanged();
        return;
    }
    const DatabaseSummary &summary = *loaded->summary;
    m_opportunityCount = summary.opportunities;
    m_snapshotDates = summary.snapshotDates;
    std::sort(m_snapshotDates.begin(), m_snapshotDates.end());
    m_periodKeys = summary.periods;
    m_scopeTree = ScopeNode{QStringLiteral("all"), tr("Company"), {}};
    for (const QString &district : summary.districtNames)
        m_scopeTree.children.append({QStringLiteral("district:") + district, district, {}});
    m_scopeKey = m_scopeTree.key;
    m_periodKey = m_periodKeys.isEmpty() ? QString() : m_periodKeys.last();
    m_asOf = m_snapshotDates.isEmpty() ? QDate() : m_snapshotDates.last();
    m_compareTo = m_snapshotDates.size() > 1 ? m_snapshotDates.at(m_snapshotDates.size() - 2) : QDate();
    emit choicesChanged();
    emit loadFinished();
    emit stateChanged();
}

} // namespace dmc::ui
