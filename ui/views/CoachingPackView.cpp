#include "CoachingPackView.h"

#include "BeliefModel.h"
#include "EmptyState.h"
#include "FollowUpModel.h"
#include "Format.h"
#include "InspectionQueueModel.h"
#include "MeddpiccMatrixModel.h"
#include "TableStyle.h"
#include "TypedSortProxy.h"
#include "Workspace.h"
#include "analytics/dataset/Dataset.h"
#include "delegates/RatingDelegate.h"
#include "delegates/StatusDelegate.h"
#include "export/render/HtmlRenderer.h"
#include "workspace/DmActions.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dmc::ui {

namespace {

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.05);
    label->setFont(font);
    return label;
}

QLabel *textBlock(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

CoachingPackView::CoachingPackView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_repLabel(new QLabel(this))
    , m_rep(new QComboBox(this))
    , m_title(heading(this))
    , m_summary(textBlock(this))
    , m_numbersHeading(heading(this))
    , m_metricsHeading(heading(this))
    , m_metrics(textBlock(this))
    , m_exceptionsHeading(heading(this))
    , m_exceptions(workspace->packExceptionModel())
    , m_exceptionProxy(new TypedSortProxy(this))
    , m_exceptionTable(new QTableView(this))
    , m_matrixHeading(heading(this))
    , m_matrix(workspace->packMatrixModel())
    , m_matrixProxy(new TypedSortProxy(this))
    , m_matrixTable(new QTableView(this))
    , m_beliefHeading(heading(this))
    , m_deal(new QComboBox(this))
    , m_beliefs(workspace->beliefModel())
    , m_beliefTable(new QTableView(this))
    , m_questionsHeading(heading(this))
    , m_questions(new QTextBrowser(this))
    , m_noteHeading(heading(this))
    , m_note(new QPlainTextEdit(this))
    , m_saveNote(new QPushButton(this))
    , m_followUpHeading(heading(this))
    , m_followUps(workspace->packFollowUpModel())
    , m_followUpTable(new QTableView(this))
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

    m_exceptionProxy->setSourceModel(m_exceptions);
    m_exceptionTable->setObjectName(QStringLiteral("PackExceptions"));
    m_exceptionTable->setModel(m_exceptionProxy);
    TableStyle::apply(m_exceptionTable);
    m_exceptionTable->setItemDelegateForColumn(InspectionQueueModel::Status, new StatusDelegate(m_exceptionTable));
    m_exceptionTable->setMinimumHeight(160);
    for (int column :
         {int(InspectionQueueModel::Rep), int(InspectionQueueModel::Account), int(InspectionQueueModel::Category),
          int(InspectionQueueModel::Stage), int(InspectionQueueModel::FollowUp)})
        m_exceptionTable->hideColumn(column);
    m_exceptionTable->horizontalHeader()->resizeSection(InspectionQueueModel::Deal, 180);
    m_exceptionTable->horizontalHeader()->resizeSection(InspectionQueueModel::Evidence, 320);

    m_matrixProxy->setSourceModel(m_matrix);
    m_matrixTable->setObjectName(QStringLiteral("PackMeddpiccMatrix"));
    m_matrixTable->setModel(m_matrixProxy);
    TableStyle::apply(m_matrixTable);
    m_matrixTable->setShowGrid(true);
    m_matrixTable->setAlternatingRowColors(false);
    m_matrixTable->setMinimumHeight(180);
    m_matrixTable->horizontalHeader()->resizeSection(MeddpiccMatrixModel::Deal, 180);
    for (int column = MeddpiccMatrixModel::FirstElement; column < MeddpiccMatrixModel::ColumnCount; ++column)
        m_matrixTable->horizontalHeader()->resizeSection(column, 92);

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
    m_beliefTable->setMinimumHeight(190);

    m_questions->setObjectName(QStringLiteral("PackQuestions"));
    m_questions->setMinimumHeight(200);
    m_note->setMinimumHeight(110);
    m_followUpTable->setModel(m_followUps);
    TableStyle::apply(m_followUpTable);
    m_followUpTable->setMaximumHeight(150);

    auto *left = new QVBoxLayout;
    left->setSpacing(8);
    left->addWidget(m_numbersHeading);
    left->addWidget(m_summary);
    left->addWidget(m_metricsHeading);
    left->addWidget(m_metrics);
    left->addWidget(m_exceptionsHeading);
    left->addWidget(m_exceptionTable);
    left->addWidget(m_matrixHeading);
    left->addWidget(m_matrixTable);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    right->addWidget(m_beliefHeading);
    right->addWidget(m_deal);
    right->addWidget(m_beliefTable);
    right->addWidget(m_questionsHeading);
    right->addWidget(m_questions, 1);
    right->addWidget(m_noteHeading);
    right->addWidget(m_note);
    auto *noteButtons = new QHBoxLayout;
    noteButtons->addStretch();
    noteButtons->addWidget(m_saveNote);
    right->addLayout(noteButtons);
    right->addWidget(m_followUpHeading);
    right->addWidget(m_followUpTable);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_title);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(18);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    layout->addLayout(columns, 1);
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
    connect(m_matrixTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_workspace->selectDeal(m_matrix->matrixRow(m_matrixProxy->mapToSource(index).row()).opportunity);
    });
    connect(m_exceptionTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_workspace->selectDeal(m_exceptions->hit(m_exceptionProxy->mapToSource(index).row()).opportunity);
    });
    connect(m_workspace, &Workspace::loadFinished, this, &CoachingPackView::fillRepPicker);
    connect(m_workspace, &Workspace::packChanged, this, &CoachingPackView::showPack);
    connect(m_workspace, &Workspace::stateChanged, this, [this] {
        showEmptyMessage();
        // A read-only database: ratings, statuses and the note are shown, not offered for editing.
        const bool editable = m_workspace->canEdit();
        m_note->setReadOnly(!editable);
        m_saveNote->setEnabled(editable);
    });

    retranslateUi();
    fillRepPicker();
    showPack();
}

QString CoachingPackView::questionsText() const
{
    return m_questions->toPlainText();
}

void CoachingPackView::saveNote()
{
    m_workspace->actions()->saveCoachingNote(m_workspace->packRep(), m_note->toPlainText());
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
    m_title->setText(tr("%1 · %2 · as of %3").arg(pack.repName, pack.district, Format::date(pack.asOf)));
    m_summary->setText(pack.summary.join(QLatin1Char('\n')));
    QStringList metrics;
    for (const CoachingPackData::Metric &metric : pack.metrics)
        metrics.append(metric.text);
    m_metrics->setText(metrics.join(QLatin1Char('\n')));
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
    m_note->setPlainText(m_workspace->coachingNote());
}

void CoachingPackView::showBeliefStack()
{
    const CoachingPackData &pack = m_workspace->pack();
    const QString id = m_deal->currentData().toString();
    for (const CoachingPackData::BeliefStack &stack : pack.beliefStacks) {
        if (stack.opportunityId == id) {
            m_beliefs->setStack(stack);
            return;
        }
    }
    m_beliefs->setStack({});
}

} // namespace dmc::ui
