#include "HistorySession.h"

#include "AuditTrailModel.h"
#include "DmActionCommand.h"
#include "Workspace.h"
#include "analytics/dataset/Dataset.h"
#include "store/AuditTrail.h"
#include "workspace/AuditWording.h"
#include "workspace/DmActions.h"

#include <QUndoStack>

#include <algorithm>

namespace dmc::ui {

HistorySession::HistorySession(Workspace *workspace)
    : QObject(workspace)
    , m_workspace(workspace)
    , m_entries(new AuditTrailModel(this))
    , m_orphans(new AuditTrailModel(this))
{
}

void HistorySession::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    refresh();
}

void HistorySession::setKind(std::optional<AuditKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    refresh();
}

void HistorySession::setAuthor(const QString &author)
{
    if (author == m_author)
        return;
    m_author = author;
    refresh();
}

void HistorySession::refresh()
{
    Database *database = m_workspace->database();
    if (!database) {
        m_entries->setEntries({});
        m_orphans->setEntries({});
        m_authors.clear();
        emit changed();
        return;
    }
    AuditTrail::Filter filter;
    filter.text = m_text.trimmed();
    filter.kind = m_kind;
    // The scope's reps, once the data is loaded; until then every entry.
    if (const Dataset *dataset = m_workspace->dataset();
        dataset && m_workspace->query().scope.kind != Scope::Kind::All) {
        for (const qint32 rep : dataset->repsInScope(m_workspace->query().scope))
            filter.repIds.insert(dataset->reps().at(size_t(rep)).rep.id);
    }
    auto listing = AuditTrail(*database).list(filter);
    if (!listing) {
        emit failed(tr("The audit trail could not be read. %1").arg(listing.error().toString()));
        return;
    }
    // The author picker offers everyone listed under the other filters.
    QStringList authors;
    for (const auto *entries : {&listing->entries, &listing->orphans}) {
        for (const AuditEntry &entry : *entries) {
            if (!authors.contains(entry.author))
                authors << entry.author;
        }
    }
    authors.sort(Qt::CaseInsensitive);
    m_authors = authors;
    if (!m_author.isEmpty()) {
        for (auto *entries : {&listing->entries, &listing->orphans}) {
            entries->erase(std::remove_if(entries->begin(), entries->end(),
                                          [&](const AuditEntry &entry) { return entry.author != m_author; }),
                           entries->end());
        }
    }
    m_entries->setEntries(std::move(listing->entries));
    m_orphans->setEntries(std::move(listing->orphans));
    emit changed();
}

std::optional<QList<qint64>> HistorySession::revertAll(const QList<qint64> &entries)
{
    QList<qint64> reverts;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        auto reverted = m_workspace->actions()->revert(*it);
        if (!reverted) {
            emit failed(tr("Nothing was undone: %1").arg(reverted.error().toString()));
            return std::nullopt;
        }
        reverts << reverted->id;
    }
    return reverts;
}

bool HistorySession::revert(qint64 entryId)
{
    auto reverted = m_workspace->actions()->revert(entryId);
    if (!reverted) {
        emit failed(tr("Entry %1 was not reverted: %2").arg(entryId).arg(reverted.error().toString()));
        return false;
    }
    recordEdit({reverted->id}, AuditWording::undoText(*reverted));
    return true;
}

void HistorySession::recordEdit(const QList<qint64> &entries, const QString &text)
{
    if (!entries.isEmpty())
        m_workspace->undoStack()->push(new DmActionCommand(this, entries, text));
}

} // namespace dmc::ui
