#include "CoachingPackView.h"

#include "BeliefModel.h"
#include "DocumentLabels.h"
#include "EmptyState.h"
#include "FittedTableView.h"
#include "FollowUpModel.h"
#include "Format.h"
#include "InspectionQueueModel.h"
#include "MeddpiccMatrixModel.h"
#include "PackMetricsModel.h"
#include "PackNumbersModel.h"
#include "TableStyle.h"
#include "TypedSortProxy.h"
#include "Workspace.h"
#include "analytics/dataset/Dataset.h"
#include "analytics/text/TermLabels.h"
#include "delegates/RatingDelegate.h"
#include "delegates/StatusDelegate.h"
#include "export/render/HtmlRenderer.h"
#include "i18n/Translations.h"
#include "workspace/DmActions.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTime>
#include <QVBoxLayout>

namespace dmc::ui {

CoachingPackView::CoachingPackView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_repLabel(new QLabel(this))
    , m_rep(new QComboBox(this))
    , m_title(headingLabel(this))
    , m_numbersHeading(headingLabel(this))
    , m_numbers(new PackNumbersModel(this))
    , m_numbersTable(new FittedTableView(this))
    , m_bridge(textLabel(this))
    , m_metricsHeading(headingLabel(this))
    , m_metrics(new PackMetricsModel(this))
    , m_metricsTable(new FittedTableView(this))
    , m_exceptionsHeading(headingLabel(this))
    , m_exceptionsLine(textLabel(this))
    , m_exceptions(workspace->packExceptionModel())
    , m_exceptionProxy(new TypedSortProxy(this))
    , m_exceptionTable(new FittedTableView(this))
    , m_pocsHeading(headingLabel(this))
    , m_pocs(textLabel(this))
    , m_playsHeading(headingLabel(this))
    , m_plays(textLabel(this))
    , m_matrixHeading(headingLabel(this))
    , m_matrixLine(textLabel(this))
    , m_matrix(workspace->packMatrixModel())
    , m_matrixProxy(new TypedSortProxy(this))
    , m_matrixTable(new FittedTableView(this))
    , m_beliefHeading(headingLabel(this))
    , m_deal(new QComboBox(this))
    , m_beliefStatus(textLabel(this))
    , m_beliefs(workspace->beliefModel())
    , m_beliefTable(new FittedTableView(this))
    , m_questionsHeading(headingLabel(this))
    , m_questions(new QTextBrowser(this))
    , m_noteHeading(headingLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_saveNote(new QPushButton(this))
    , m_noteStatus(new QLabel(this))
    , m_followUpHeading(headingLabel(this))
    , m_followUps(workspace->packFollowUpModel())
    , m_followUpTable(new FittedTableView(this))
    , m_followUpsNone(textLabel(this))
{
    setObjectName(QStringLiteral("CoachingPackView"));
    m_rep->setObjectName(QStringLiteral("PackRepPicker"));
    m_title->setObjectName(QStringLiteral("PackTitle"));
    m_empty->setObjectName(QStringLiteral("PackEmptyState"));
    m_deal->setObjectName(QStringLiteral("PackDealPicker"));
    m_note->setObjectName(QStringLiteral("PackNote"));
    m_saveNote->setObjectName(QStringLiteral("SavePackNote"));
    m_repLabel->setBuddy(m_rep);
    m_rep->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    m_numbersTable->setObjectName(QStringLiteral("PackNumbers"));
    m_numbersTable->setModel(m_numbers);
    TableStyle::apply(m_numbersTable);
    m_numbersTable->setSortingEnabled(false);
    m_numbersTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_numbersTable->setFocusPolicy(Qt::NoFocus);
    m_numbersTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_numbersTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_numbersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_numbersTable->horizontalHeader()->setStretchLastSection(false);
    m_bridge->setObjectName(QStringLiteral("PackPipelineBridge"));
    m_metricsTable->setObjectName(QStringLiteral("PackMetrics"));
    m_metricsTable->setModel(m_metrics);
    TableStyle::apply(m_metricsTable);
    m_metricsTable->setSortingEnabled(false);
    m_metricsTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_metricsTable->setFocusPolicy(Qt::NoFocus);
    m_metricsTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_metricsTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_metricsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_metricsTable->horizontalHeader()->setSectionResizeMode(PackMetricsModel::Metric, QHeaderView::Stretch);
    m_metricsTable->horizontalHeader()->setMinimumSectionSize(60);
    m_metricsTable->horizontalHeader()->setStretchLastSection(false);
    // A long metric name wraps to a second line rather than being cut.
    m_metricsTable->setWordWrap(true);
    m_metricsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_exceptionProxy->setSourceModel(m_exceptions);
    m_exceptionTable->setObjectName(QStringLiteral("PackExceptions"));
    m_exceptionTable->setModel(m_exceptionProxy);
    TableStyle::apply(m_exceptionTable);
    m_exceptionTable->setItemDelegateForColumn(InspectionQueueModel::Status, new StatusDelegate(m_exceptionTable));
    // The evidence is what a DM reads here: it gets the width (wrapping to a second line) and
    // the columns the pack need not repeat step aside (the rep is the pack's; account, category
    // and stage are in the deal's tooltip and the Deal detail; close date and note in the queue).
    for (int column :
         {int(InspectionQueueModel::Rep), int(InspectionQueueModel::Account), int(InspectionQueueModel::Category),
          int(InspectionQueueModel::Stage), int(InspectionQueueModel::CloseDate), int(InspectionQueueModel::Note),
          int(InspectionQueueModel::FollowUp)})
        m_exceptionTable->hideColumn(column);
    QHeaderView *exceptionHeader = m_exceptionTable->horizontalHeader();
    exceptionHeader->resizeSection(InspectionQueueModel::Deal, 180);
    exceptionHeader->setSectionResizeMode(InspectionQueueModel::Amount, QHeaderView::ResizeToContents);
    exceptionHeader->resizeSection(InspectionQueueModel::Rule, 140);
    exceptionHeader->setStretchLastSection(false);
    exceptionHeader->setSectionResizeMode(InspectionQueueModel::Evidence, QHeaderView::Stretch);
    exceptionHeader->setSectionResizeMode(InspectionQueueModel::Status, QHeaderView::ResizeToContents);
    m_exceptionTable->setWordWrap(true);
    m_exceptionTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_exceptionTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_exceptionTable->setMaximumVisibleRows(8);

    // The matrix takes the page's width: the deal's name stretches, the eight elements are
    // narrow columns headed by their letters, so every column shows without scrolling.
    m_matrixProxy->setSourceModel(m_matrix);
    m_matrixTable->setObjectName(QStringLiteral("PackMeddpiccMatrix"));
    m_matrixTable->setModel(m_matrixProxy);
    TableStyle::apply(m_matrixTable);
    m_matrixTable->setShowGrid(true);
    m_matrixTable->setAlternatingRowColors(false);
    QHeaderView *matrixHeader = m_matrixTable->horizontalHeader();
    matrixHeader->setStretchLastSection(false);
    matrixHeader->setMinimumSectionSize(36);
    matrixHeader->setSectionResizeMode(MeddpiccMatrixModel::Deal, QHeaderView::Stretch);
    matrixHeader->setSectionResizeMode(MeddpiccMatrixModel::Amount, QHeaderView::ResizeToContents);
    matrixHeader->setSectionResizeMode(MeddpiccMatrixModel::Confirmed, QHeaderView::ResizeToContents);
    for (int column = MeddpiccMatrixModel::FirstElement; column < MeddpiccMatrixModel::ColumnCount; ++column) {
        matrixHeader->setSectionResizeMode(column, QHeaderView::Fixed);
        matrixHeader->resizeSection(column, 42);
    }
    m_matrixTable->setMaximumVisibleRows(10);

    m_beliefStatus->setObjectName(QStringLiteral("PackBeliefStatus"));
    m_beliefTable->setObjectName(QStringLiteral("PackBeliefs"));
    m_beliefTable->setModel(m_beliefs);
    TableStyle::apply(m_beliefTable);
    m_beliefTable->setSortingEnabled(false);
    m_beliefTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_beliefTable->setItemDelegateForColumn(BeliefModel::Rating, new RatingDelegate(m_beliefTable));
    m_beliefTable->horizontalHeader()->setSectionResizeMode(BeliefModel::Belief, QHeaderView::Stretch);
    m_beliefTable->horizontalHeader()->setStretchLastSection(false);
    m_beliefTable->horizontalHeader()->resizeSection(BeliefModel::Position, 30);
    m_beliefTable->horizontalHeader()->resizeSection(BeliefModel::Rating, 130);

    m_questions->setObjectName(QStringLiteral("PackQuestions"));
    m_questions->setMinimumHeight(220);
    m_note->setMinimumHeight(110);
    m_noteStatus->setObjectName(QStringLiteral("PackNoteStatus"));
    m_noteStatus->setTextFormat(Qt::PlainText);
    m_noteStatus->setWordWrap(true);
    m_followUpTable->setModel(m_followUps);
    TableStyle::apply(m_followUpTable);
    m_followUpTable->setObjectName(QStringLiteral("PackFollowUps"));
    m_followUpTable->setMaximumVisibleRows(6);
    m_followUpTable->hideColumn(FollowUpModel::Rep); // the pack's rep
    m_followUpTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_followUpTable->horizontalHeader()->resizeSection(FollowUpModel::Due, 90);
    m_followUpTable->horizontalHeader()->resizeSection(FollowUpModel::Deal, 150);
    m_followUpTable->horizontalHeader()->setStretchLastSection(false);
    m_followUpTable->horizontalHeader()->setSectionResizeMode(FollowUpModel::Text, QHeaderView::Stretch);
    m_followUpTable->setWordWrap(true);
    m_followUpTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_followUpsNone->setObjectName(QStringLiteral("PackNoFollowUps"));

    // Top to bottom as a 1:1 runs: the numbers beside the metrics, then the exceptions and the
    // matrix across the page, then beliefs beside questions and the notes beside follow-ups.
    auto *numbers = new QVBoxLayout;
    numbers->setSpacing(6);
    numbers->addWidget(m_numbersHeading);
    numbers->addWidget(m_numbersTable);
    numbers->addWidget(m_bridge);
    numbers->addStretch();
    auto *metrics = new QVBoxLayout;
    metrics->setSpacing(6);
    metrics->addWidget(m_metricsHeading);
    metrics->addWidget(m_metricsTable);
    metrics->addStretch();
    // Side by side when the page is wide enough for both tables, else one above the other at
    // full width (layoutNumbersRow), so neither is squeezed nor leaves a blank half row.
    m_numbersRow = new QBoxLayout(QBoxLayout::LeftToRight);
    m_numbersRow->setSpacing(18);
    m_numbersRow->addLayout(numbers);
    m_numbersRow->addLayout(metrics, 1);

    auto *beliefs = new QVBoxLayout;
    beliefs->setSpacing(6);
    beliefs->addWidget(m_beliefHeading);
    beliefs->addWidget(m_deal);
    beliefs->addWidget(m_beliefStatus);
    beliefs->addWidget(m_beliefTable);
    beliefs->addStretch();
    auto *questions = new QVBoxLayout;
    questions->setSpacing(6);
    questions->addWidget(m_questionsHeading);
    questions->addWidget(m_questions, 1);
    auto *beliefsRow = new QHBoxLayout;
    beliefsRow->setSpacing(18);
    beliefsRow->addLayout(beliefs, 1);
    beliefsRow->addLayout(questions, 1);

    auto *notes = new QVBoxLayout;
    notes->setSpacing(6);
    notes->addWidget(m_noteHeading);
    notes->addWidget(m_note, 1);
    auto *noteButtons = new QHBoxLayout;
    noteButtons->addWidget(m_noteStatus, 1);
    noteButtons->addWidget(m_saveNote);
    notes->addLayout(noteButtons);
    auto *followUps = new QVBoxLayout;
    followUps->setSpacing(6);
    followUps->addWidget(m_followUpHeading);
    followUps->addWidget(m_followUpsNone);
    followUps->addWidget(m_followUpTable);
    followUps->addStretch();
    auto *notesRow = new QHBoxLayout;
    notesRow->setSpacing(18);
    notesRow->addLayout(notes, 1);
    notesRow->addLayout(followUps, 1);

    auto *page = new QWidget;
    page->installEventFilter(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addLayout(m_numbersRow);
    layout->addSpacing(6);
    layout->addWidget(m_exceptionsHeading);
    layout->addWidget(m_exceptionsLine);
    layout->addWidget(m_exceptionTable);
    layout->addSpacing(6);
    layout->addWidget(m_pocsHeading);
    layout->addWidget(m_pocs);
    layout->addSpacing(6);
    m_plays->setObjectName(QStringLiteral("PackPlays"));
    layout->addWidget(m_playsHeading);
    layout->addWidget(m_plays);
    layout->addSpacing(6);
    layout->addWidget(m_matrixHeading);
    layout->addWidget(m_matrixLine);
    layout->addWidget(m_matrixTable);
    layout->addSpacing(6);
    layout->addLayout(beliefsRow);
    layout->addSpacing(6);
    layout->addLayout(notesRow);
    layout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(16, 8, 16, 0);
    top->addWidget(m_repLabel);
    top->addWidget(m_rep);
    top->addStretch();
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(top);
    outer->addWidget(m_stack, 1);

    connect(m_rep, &QComboBox::activated, this, [this] { m_workspace->setPackRep(m_rep->currentData().toString()); });
    connect(m_deal, &QComboBox::activated, this, &CoachingPackView::showBeliefStack);
    connect(m_saveNote, &QPushButton::clicked, this, &CoachingPackView::saveNote);
    connect(m_note, &QPlainTextEdit::textChanged, this, &CoachingPackView::showNoteEdited);
    connect(m_beliefs, &QAbstractItemModel::dataChanged, this, &CoachingPackView::showBeliefsRated);
    connect(m_matrixTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_workspace->selectDeal(m_matrix->matrixRow(m_matrixProxy->mapToSource(index).row()).opportunity);
    });
    connect(m_exceptionTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_workspace->selectDeal(m_exceptions->hit(m_exceptionProxy->mapToSource(index).row()).opportunity);
    });
    connect(m_workspace, &Workspace::loadFinished, this, &CoachingPackView::fillRepPicker);
    connect(m_workspace, &Workspace::packChanged, this, &CoachingPackView::showPack);
    connect(m_workspace, &Workspace::stateChanged, this, &CoachingPackView::showState);

    retranslateUi();
    fillRepPicker();
    showPack();
    showState(); // a view built after the database opened starts as read-only as it is
}

void CoachingPackView::showState()
{
    showEmptyMessage();
    // A read-only database: ratings, statuses and the note are shown, not offered for editing.
    const bool editable = m_workspace->canEdit();
    m_note->setReadOnly(!editable);
    m_saveNote->setEnabled(editable);
}

QTableView *CoachingPackView::matrixTable() const
{
    return m_matrixTable;
}

QString CoachingPackView::questionsText() const
{
    return m_questions->toPlainText();
}

void CoachingPackView::saveNote()
{
    const QString text = m_note->toPlainText();
    if (text == m_workspace->coachingNote()) {
        m_noteStatus->setText(m_noteSaved.isEmpty() ? tr("No changes to save.") : m_noteSaved);
        return;
    }
    // A refused write says why (another writer got there first, a read-only file...).
    QString refusal;
    const auto connection = connect(m_workspace->actions(), &DmActions::failed, this,
                                    [&refusal](const QString &message) { refusal = message; });
    const bool saved = m_workspace->actions()->saveCoachingNote(m_workspace->packRep(), text);
    disconnect(connection);
    if (saved) {
        m_noteSaved = tr("Saved %1").arg(Translations::locale().toString(QTime::currentTime(), QLocale::ShortFormat));
        m_noteStatus->setText(m_noteSaved);
    } else {
        m_noteSaved.clear();
        m_noteStatus->setText(refusal.isEmpty() ? tr("Not saved.") : refusal);
    }
}

QString CoachingPackView::noteStatus() const
{
    return m_noteStatus->text();
}

QString CoachingPackView::beliefStatus() const
{
    return m_beliefStatus->isVisibleTo(this) ? m_beliefStatus->text() : QString();
}

void CoachingPackView::showNoteEdited()
{
    if (m_note->toPlainText() != m_workspace->coachingNote())
        m_noteStatus->setText(tr("Edited, not saved yet."));
    else
        m_noteStatus->setText(m_noteSaved);
}

bool CoachingPackView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        layoutNumbersRow();
    return QWidget::eventFilter(watched, event);
}

void CoachingPackView::layoutNumbersRow()
{
    if (!m_numbersRow)
        return;
    // The metrics need room for their names beside two values.
    constexpr int metricsWidth = 520;
    const QWidget *page = m_numbersTable->parentWidget();
    const int available = page ? page->width() - 32 : width();
    const bool sideBySide = available >= m_numbersTable->naturalWidth() + m_numbersRow->spacing() + metricsWidth;
    m_numbersRow->setDirection(sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_numbersTable->setFitWidth(sideBySide);
    // At full width the three columns share it, so a value stays near its measure.
    m_numbersTable->horizontalHeader()->setSectionResizeMode(sideBySide ? QHeaderView::ResizeToContents
                                                                        : QHeaderView::Stretch);
}

void CoachingPackView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CoachingPackView::retranslateUi()
{
    m_repLabel->setText(tr("&Rep"));
    m_rep->setAccessibleName(tr("Rep of the coaching pack"));
    m_numbersHeading->setText(tr("Numbers and changes"));
    m_metricsHeading->setText(tr("Metrics beside the district median"));
    m_exceptionsHeading->setText(tr("Exceptions"));
    m_pocsHeading->setText(tr("POCs"));
    m_playsHeading->setText(tr("Plays and compliance"));
    m_matrixHeading->setText(tr("MEDDPICC gap matrix (open deals closing this period)"));
    m_beliefHeading->setText(tr("Belief stack"));
    m_deal->setAccessibleName(tr("Deal of the belief stack"));
    m_beliefTable->setAccessibleName(tr("Beliefs and ratings"));
    m_questionsHeading->setText(tr("Questions for the 1:1"));
    m_noteHeading->setText(tr("Notes for this week"));
    m_note->setPlaceholderText(tr("What was agreed, what to look at next week..."));
    m_saveNote->setText(tr("Save notes"));
    m_followUpHeading->setText(tr("Follow-ups due"));
    showEmptyMessage();
    if (m_rep->count() > 0 && m_rep->itemData(0).toString().isEmpty())
        m_rep->setItemText(0, tr("Choose a rep..."));
    showPack();
}

void CoachingPackView::showEmptyMessage()
{
    // Follows the data: once a database has loaded, the message no longer asks to open one.
    if (m_workspace->isLoading())
        m_empty->setMessage(tr("Loading the database..."), QString());
    else if (!m_workspace->packRep().isEmpty() && m_workspace->hasData() && m_workspace->asOf().isValid())
        m_empty->setMessage(tr("Computing the coaching pack..."), QString());
    else
        m_empty->setMessage(tr("Pick a rep"),
                            m_workspace->hasData()
                                ? tr("Choose a rep above, click a rep in the cockpit's team table or coverage chart.")
                                : tr("Open a database with snapshots first (Ctrl+O)."));
}

void CoachingPackView::fillRepPicker()
{
    const QSignalBlocker blocker(m_rep);
    m_rep->clear();
    m_rep->addItem(tr("Choose a rep..."), QString());
    if (const Dataset *dataset = m_workspace->dataset()) {
        for (qint32 rep : dataset->repsInScope(Scope::all())) {
            const Rep &r = dataset->reps()[size_t(rep)].rep;
            m_rep->addItem(r.district.isEmpty() ? r.name : tr("%1 (%2)").arg(r.name, r.district), r.id);
        }
    }
    const int current = m_rep->findData(m_workspace->packRep());
    m_rep->setCurrentIndex(std::max(0, current));
}

void CoachingPackView::showPack()
{
    const CoachingPackData &pack = m_workspace->pack();
    const bool ready = !pack.repId.isEmpty();
    m_stack->setCurrentIndex(ready ? 1 : 0);
    showEmptyMessage();
    {
        const QSignalBlocker blocker(m_rep);
        const int current = m_rep->findData(m_workspace->packRep());
        if (current >= 0)
            m_rep->setCurrentIndex(current);
    }
    if (!ready)
        return;
    m_title->setText(
        tr("%1 · %2 · %3 · as of %4").arg(pack.repName, pack.district, pack.period.label(), Format::date(pack.asOf)));
    m_numbers->setRows(pack.numberRows, pack.asOf, pack.previousAsOf);
    m_metrics->setMetrics(pack.metrics, pack.repName);
    const int medianReps = m_metrics->commonDistrictReps();
    m_metricsHeading->setText(medianReps > 0 ? tr("Metrics beside the district median (%n rep(s))", nullptr, medianReps)
                                             : tr("Metrics beside the district median"));
    layoutNumbersRow();
    m_bridge->setText(pack.pipelineBridge);
    m_bridge->setVisible(!pack.pipelineBridge.isEmpty());
    m_exceptionsLine->setText(pack.exceptions.hits.empty() && pack.exceptions.snoozed.empty()
                                  ? tr("No exceptions for %1.").arg(pack.repName)
                                  : pack.exceptionsLine);
    m_exceptionTable->setVisible(!pack.exceptions.hits.empty() || !pack.exceptions.snoozed.empty());
    QStringList pocs;
    for (const CoachingPackData::PocLine &line : pack.pocLines)
        pocs << tr("%1 · %2 · %3 · %4 · DOR items missing at the start: %5 · criteria: %6 · tasks overdue: %7")
                    .arg(line.pocId, line.opportunityName, line.status, line.timeline, line.dor, line.criteria,
                         line.overdue);
    m_pocs->setText(pocs.isEmpty() ? tr("No POC on %1's deals in %2.").arg(pack.repName, pack.period.label())
                                   : pocs.join(QLatin1Char('\n')));
    // The plays part, as the pack's documents show it; nothing without play, compliance or task rows.
    QStringList plays = pack.plays.lines();
    for (const PlaysSummary::DealLine &deal : pack.plays.deals) {
        QStringList parts{deal.deal, TermLabels::stage(deal.stage)};
        if (!deal.missingSteps.isEmpty())
            parts << tr("play steps not done: %1").arg(deal.missingSteps.join(QStringLiteral("; ")));
        if (!deal.artifacts.isEmpty())
            parts << tr("compliance artifacts not started at the stage: %1")
                         .arg(deal.artifacts.join(QStringLiteral("; ")));
        if (!deal.overdueTasks.isEmpty())
            parts << tr("tasks past due: %1").arg(deal.overdueTasks.join(QStringLiteral("; ")));
        plays << parts.join(QStringLiteral(" \u00b7 "));
    }
    m_plays->setText(plays.join(QLatin1Char('\n')));
    m_playsHeading->setVisible(pack.plays.present);
    m_plays->setVisible(pack.plays.present);
    m_matrixLine->setText(pack.meddpiccMatrix.empty()
                              ? tr("No open deals of %1 close in %2.").arg(pack.repName, pack.period.label())
                              : pack.matrixLine + QLatin1Char(' ')
                                  + tr("\u2713 confirmed, ~ partial, \u2013 none; a column's head names its element "
                                       "on hover."));
    m_matrixTable->setVisible(!pack.meddpiccMatrix.empty());
    m_followUpTable->setVisible(!pack.followUps.empty());
    m_followUpsNone->setVisible(pack.followUps.empty());
    m_followUpsNone->setText(tr("No open follow-ups for %1 due by the end of the as-of week.").arg(pack.repName));
    // A new rep or week starts without the last note's "Saved" line.
    const QString owner = pack.repId + QLatin1Char('\n') + pack.asOf.toString(Qt::ISODate);
    if (owner != m_noteOwner) {
        m_noteOwner = owner;
        m_noteSaved.clear();
        m_noteStatus->clear();
    }
    {
        const QString selected = m_deal->currentData().toString();
        const QSignalBlocker blocker(m_deal);
        m_deal->clear();
        for (const CoachingPackData::BeliefStack &stack : pack.beliefStacks)
            m_deal->addItem(stack.opportunityName, stack.opportunityId);
        m_deal->setCurrentIndex(std::max(0, m_deal->findData(selected)));
    }
    showBeliefStack();

    // Questions grouped by kind, each under its deal; the text is the pack's, escaped.
    QString html;
    for (auto kind :
         {QuestionBank::Kind::Diagnostic, QuestionBank::Kind::ForcingFunction, QuestionBank::Kind::Accountability}) {
        QString items;
        for (const CoachingPackData::Question &question : pack.questions) {
            if (question.kind != kind)
                continue;
            items += QStringLiteral("<li><b>%1</b>: %2</li>")
                         .arg(HtmlRenderer::escape(question.opportunityName), HtmlRenderer::escape(question.text));
        }
        if (!items.isEmpty())
            html +=
                QStringLiteral("<h4>%1</h4><ul>%2</ul>").arg(HtmlRenderer::escape(QuestionBank::kindName(kind)), items);
    }
    m_questions->setHtml(html.isEmpty() ? HtmlRenderer::escape(tr("No flagged deals: no questions this week.")) : html);
    {
        // Rebuilding the pack shows the stored note; the status line stays as it was.
        const QSignalBlocker blocker(m_note);
        if (m_note->toPlainText() != m_workspace->coachingNote())
            m_note->setPlainText(m_workspace->coachingNote());
    }
    showNoteEdited();
}

void CoachingPackView::showBeliefStack()
{
    const CoachingPackData &pack = m_workspace->pack();
    const bool none = pack.beliefStacks.empty();
    m_deal->setVisible(!none);
    m_beliefTable->setVisible(!none);
    if (none) {
        // Says why, from what the pack holds: stacks are kept for the rep's largest Commit deals.
        m_beliefStatus->setText(tr("No belief stack: %1 has no Commit deals closing in %2. A stack lists six beliefs "
                                   "for each of the rep's three largest Commit deals of the period.")
                                    .arg(pack.repName, pack.period.label()));
        m_beliefs->setStack({});
        return;
    }
    const QString id = m_deal->currentData().toString();
    for (const CoachingPackData::BeliefStack &stack : pack.beliefStacks) {
        if (stack.opportunityId == id) {
            m_beliefs->setStack(stack);
            showBeliefsRated();
            return;
        }
    }
    m_beliefs->setStack({});
    m_beliefStatus->setText(tr("No deal selected: the list above holds the deals with a belief stack."));
}

void CoachingPackView::showBeliefsRated()
{
    const CoachingPackData::BeliefStack &stack = m_beliefs->stack();
    if (stack.opportunityId.isEmpty())
        return;
    const auto rated = std::count_if(stack.beliefs.begin(), stack.beliefs.end(),
                                     [](const CoachingPackData::Belief &b) { return !b.rating.isEmpty(); });
    m_beliefStatus->setText(
        rated == 0 ? tr("No belief of this deal is rated yet; ratings go in the DM rating column.")
                   : tr("%1 of %n belief(s) rated.", nullptr, int(stack.beliefs.size())).arg(QString::number(rated)));
}

} // namespace dmc::ui
