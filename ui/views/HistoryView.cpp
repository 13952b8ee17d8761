#include "HistoryView.h"

#include "TableStyle.h"
#include "models/AuditTrailModel.h"
#include "models/HistorySession.h"
#include "models/Workspace.h"
#include "workspace/AuditWording.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace dmc::ui {

namespace {
constexpr AuditKind Kinds[] = {AuditKind::Action,       AuditKind::FollowUp,    AuditKind::Belief,
                               AuditKind::CoachingNote, AuditKind::InsightMark, AuditKind::AssumptionSet,
                               AuditKind::Import};

QTableView *trailTable(AuditTrailModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    TableStyle::apply(table);
    table->setSortingEnabled(false); // newest first, as the trail is
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    return table;
}
} // namespace

HistoryView::HistoryView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(workspace->history())
    , m_filter(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_author(new QComboBox(this))
    , m_revertButton(new QPushButton(this))
    , m_revertAction(new QAction(this))
    , m_summary(new QLabel(this))
    , m_table(trailTable(m_session->entriesModel(), this))
    , m_orphanLabel(new QLabel(this))
    , m_orphanTable(trailTable(m_session->orphansModel(), this))
{
    m_filter->setObjectName(QStringLiteral("HistoryFilter"));
    m_filter->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("HistoryKind"));
    m_author->setObjectName(QStringLiteral("HistoryAuthor"));
    m_revertAction->setObjectName(QStringLiteral("HistoryRevertAction"));
    m_table->setObjectName(QStringLiteral("HistoryTable"));
    m_orphanTable->setObjectName(QStringLiteral("HistoryOrphanTable"));
    m_table->addAction(m_revertAction);
    m_orphanTable->addAction(m_revertAction);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_author);
    filters->addWidget(m_revertButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_orphanLabel);
    layout->addWidget(m_orphanTable, 1);

    connect(m_filter, &QLineEdit::textChanged, m_session, &HistorySession::setText);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant key = m_kind->itemData(index);
        m_session->setKind(key.isValid() ? auditKindFromKey(key.toString()) : std::nullopt);
    });
    connect(m_author, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_session->setAuthor(m_author->itemData(index).toString()); });
    connect(m_revertButton, &QPushButton::clicked, this, &HistoryView::revertSelected);
    connect(m_revertAction, &QAction::triggered, this, &HistoryView::revertSelected);
    // One selection across both tables: the row Revert acts on.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_table->selectionModel()->hasSelection())
            m_orphanTable->clearSelection();
        updateRevert();
    });
    connect(m_orphanTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_orphanTable->selectionModel()->hasSelection())
            m_table->clearSelection();
        updateRevert();
    });
    connect(m_session, &HistorySession::changed, this, &HistoryView::showTrail);
    retranslateUi();
    showTrail();
}

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HistoryView::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter: a deal, rep, author or text"));
    m_revertButton->setText(tr("Revert"));
    m_revertAction->setText(tr("Revert this entry"));
    m_revertButton->setToolTip(
        tr("Writes the values before the selected entry back, as a new entry; imports are not reverted"));
    {
        const QSignalBlocker blocker(m_kind);
        const int current = m_kind->currentIndex();
        m_kind->clear();
        m_kind->addItem(tr("All kinds"));
        for (const AuditKind kind : Kinds)
            m_kind->addItem(AuditWording::kindName(kind), auditKindKey(kind));
        m_kind->setCurrentIndex(std::max(0, current));
    }
    m_session->entriesModel()->retranslate();
    m_session->orphansModel()->retranslate();
    showTrail();
}

void HistoryView::showTrail()
{
    {
        const QSignalBlocker blocker(m_author);
        m_author->clear();
        m_author->addItem(tr("All authors"), QString());
        for (const QString &author : m_session->authors())
            m_author->addItem(author, author);
        const int chosen = m_author->findData(m_session->author());
        m_author->setCurrentIndex(std::max(0, chosen));
    }
    const int entries = m_session->entriesModel()->rowCount();
    const int orphans = m_session->orphansModel()->rowCount();
    m_summary->setText(tr("%n entries, newest first.", nullptr, entries));
    m_orphanLabel->setText(tr("Deal no longer in the data: %n DM action entries, kept.", nullptr, orphans));
    m_orphanLabel->setVisible(orphans > 0);
    m_orphanTable->setVisible(orphans > 0);
    TableStyle::fitHeaderTexts(m_table->horizontalHeader());
    updateRevert();
}

qint64 HistoryView::selectedEntry(bool *revertible) const
{
    for (QTableView *table : {m_table, m_orphanTable}) {
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            continue;
        *revertible = rows.front().data(AuditTrailModel::RevertibleRole).toBool();
        return rows.front().data(AuditTrailModel::EntryIdRole).toLongLong();
    }
    *revertible = false;
    return 0;
}

void HistoryView::updateRevert()
{
    bool revertible = false;
    selectedEntry(&revertible);
    const bool enabled = revertible && m_workspace->canEdit();
    m_revertButton->setEnabled(enabled);
    m_revertAction->setEnabled(enabled);
}

void HistoryView::revertSelected()
{
    bool revertible = false;
    const qint64 id = selectedEntry(&revertible);
    if (revertible && m_workspace->canEdit())
        m_session->revert(id);
}

} // namespace dmc::ui
