#include "DealDetailView.h"

#include "DealHistoryModel.h"
#include "EmptyState.h"
#include "Format.h"
#include "MeddpiccModel.h"
#include "PocScorecardModel.h"
#include "TableStyle.h"
#include "Workspace.h"
#include "analytics/engine/Engine.h"
#include "analytics/text/TermLabels.h"
#include "dialogs/ExportPreviewDialog.h"
#include "export/ExportFileName.h"
#include "export/brief/BriefReport.h"
#include "workspace/DmActions.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMessageBox>
#include <QToolButton>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dmc::ui {

namespace {

// Field rows, in display order; the form's labels are set in retranslateUi().
enum Field {
    Account,
    Owner,
    Type,
    Stage,
    Category,
    Amount,
    CloseDate,
    Created,
    StageEntered,
    LastActivity,
    NextStep,
    Source,
    Partner,
    SecurityReview,
    LegalReview,
    FieldCount
};
enum PocField { PocStatusField, PocStart, PocPlannedEnd, PocCheckIn, PocCriteria, PocFieldCount };

// Blank when the export gave no value, like a missing date.
QString reviewName(const std::optional<ReviewStatus> &status)
{
    if (!status)
        return {};
    switch (*status) {
    case ReviewStatus::NotStarted: return DealDetailView::tr("not started");
    case ReviewStatus::InProgress: return DealDetailView::tr("in progress");
    case ReviewStatus::Complete: return DealDetailView::tr("complete");
    case ReviewStatus::NotRequired: return DealDetailView::tr("not required");
    }
    return {};
}

QString pocName(const std::optional<PocStatus> &status)
{
    if (!status)
        return {};
    switch (*status) {
    case PocStatus::None: return DealDetailView::tr("none");
    case PocStatus::Planned: return DealDetailView::tr("planned");
    case PocStatus::Active: return DealDetailView::tr("active");
    case PocStatus::Complete: return DealDetailView::tr("complete", "POC status");
    case PocStatus::Failed: return DealDetailView::tr("failed");
    }
    return {};
}

QString dealTypeName(DealType type)
{
    switch (type) {
    case DealType::New: return DealDetailView::tr("new business");
    case DealType::Expansion: return DealDetailView::tr("expansion");
    case DealType::Renewal: return DealDetailView::tr("renewal");
    }
    return {};
}

} // namespace

DealDetailView::DealDetailView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_fieldsBox(new QGroupBox(this))
    , m_fields(new QFormLayout)
    , m_meddpiccBox(new QGroupBox(this))
    , m_meddpiccTable(new QTableView(this))
    , m_meddpicc(workspace->dealMeddpiccModel())
    , m_pocBox(new QGroupBox(this))
    , m_poc(new QFormLayout)
    , m_pocScorecardBox(new QGroupBox(this))
    , m_pocScorecardTable(new QTableView(this))
    , m_pocScorecard(new PocScorecardModel(this))
    , m_historyBox(new QGroupBox(this))
    , m_historyTable(new QTableView(this))
    , m_history(workspace->dealHistoryModel())
    , m_source(new QLabel(this))
    , m_dealBriefAction(new QAction(this))
    , m_accountBriefAction(new QAction(this))
{
    setObjectName(QStringLiteral("DealDetailView"));
    m_title->setObjectName(QStringLiteral("DealTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_source->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(10);
    m_dealBriefAction->setObjectName(QStringLiteral("DealBriefAction"));
    m_accountBriefAction->setObjectName(QStringLiteral("AccountBriefAction"));
    connect(m_dealBriefAction, &QAction::triggered, this, &DealDetailView::saveDealBrief);
    connect(m_accountBriefAction, &QAction::triggered, this, &DealDetailView::saveAccountBrief);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    for (QAction *action : {m_dealBriefAction, m_accountBriefAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        titleRow->addWidget(button, 0, Qt::AlignTop);
    }
    layout->addLayout(titleRow);
    layout->addWidget(m_subtitle);

    for (int i = 0; i < FieldCount; ++i)
        addField(m_fields, "DealField");
    m_fieldsBox->setLayout(m_fields);
    for (int i = 0; i < PocFieldCount; ++i)
        addField(m_poc, "PocField");
    m_pocBox->setLayout(m_poc);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_fieldsBox, 3);
    columns->addWidget(m_pocBox, 2, Qt::AlignTop);
    layout->addLayout(columns);

    m_meddpiccTable->setObjectName(QStringLiteral("MeddpiccTable"));
    m_meddpiccTable->setModel(m_meddpicc);
    TableStyle::apply(m_meddpiccTable);
    m_meddpiccTable->setSortingEnabled(false);
    m_meddpiccTable->setFixedHeight(m_meddpiccTable->verticalHeader()->defaultSectionSize() * 8 + 34);
    m_meddpiccTable->horizontalHeader()->resizeSection(MeddpiccModel::Element, 160);
    m_meddpiccTable->horizontalHeader()->resizeSection(MeddpiccModel::Level, 100);
    auto *meddpiccLayout = new QVBoxLayout(m_meddpiccBox);
    meddpiccLayout->addWidget(m_meddpiccTable);
    layout->addWidget(m_meddpiccBox);

    // The deal's POCs as recorded (pocs.csv, or its POC fields read as one POC): scorecard rows.
    m_pocScorecardTable->setObjectName(QStringLiteral("DealPocScorecardTable"));
    m_pocScorecardTable->setModel(m_pocScorecard);
    TableStyle::apply(m_pocScorecardTable);
    m_pocScorecardTable->setSortingEnabled(false);
    m_pocScorecardTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_pocScorecardTable->setMinimumHeight(220);
    m_pocScorecardTable->horizontalHeader()->resizeSection(PocScorecardModel::Item, 300);
    m_pocScorecardTable->horizontalHeader()->resizeSection(PocScorecardModel::Detail, 220);
    m_pocScorecardTable->horizontalHeader()->setStretchLastSection(true);
    auto *scorecardLayout = new QVBoxLayout(m_pocScorecardBox);
    scorecardLayout->addWidget(m_pocScorecardTable);
    layout->addWidget(m_pocScorecardBox);

    m_historyTable->setObjectName(QStringLiteral("DealHistoryTable"));
    m_historyTable->setModel(m_history);
    TableStyle::apply(m_historyTable);
    m_historyTable->setSortingEnabled(false);
    m_historyTable->setMinimumHeight(160);
    auto *historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->addWidget(m_historyTable);
    layout->addWidget(m_historyBox, 1);
    layout->addWidget(m_source);

    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(page);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_workspace, &Workspace::dealSelected, this, &DealDetailView::showSelectedDeal);
    connect(m_workspace, &Workspace::loadFinished, this, &DealDetailView::showSelectedDeal);
    // The POC scorecard counts days and tasks at the as-of: a new as-of recounts them.
    connect(m_workspace, &Workspace::resultsChanged, this, [this] {
        if (m_deal >= 0)
            fill();
    });
    retranslateUi();
    showSelectedDeal(); // a view built after a deal was chosen shows it
}

QLabel *DealDetailView::addField(QFormLayout *form, const char *name)
{
    auto *value = new QLabel(this);
    value->setObjectName(QLatin1String(name));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), value);
    m_values.append(value);
    return value;
}

void DealDetailView::showSelectedDeal()
{
    const bool another = m_deal != m_workspace->selectedDeal();
    m_deal = m_workspace->selectedDeal();
    fill();
    // Another deal starts at its name, not where the previous one was scrolled to.
    if (another)
        m_scroll->verticalScrollBar()->setValue(0);
}

QString DealDetailView::headline() const
{
    return m_title->text();
}

void DealDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DealDetailView::retranslateUi()
{
    m_empty->setMessage(tr("No deal selected"),
                        tr("Select a row in the inspection queue, or double-click a deal in any list."));
    m_dealBriefAction->setText(tr("Deal brief..."));
    m_dealBriefAction->setToolTip(tr("Save a one-page brief of this deal as PDF, HTML or Markdown"));
    m_accountBriefAction->setText(tr("Account brief..."));
    m_accountBriefAction->setToolTip(tr("Save a one-page brief of this deal's account as PDF, HTML or Markdown"));
    m_fieldsBox->setTitle(tr("Deal"));
    m_meddpiccBox->setTitle(tr("MEDDPICC"));
    m_pocBox->setTitle(tr("Proof of concept"));
    m_pocScorecardBox->setTitle(tr("POC scorecard"));
    m_historyBox->setTitle(tr("History across snapshots (changes in bold)"));
    const QStringList fieldLabels{tr("Account"),       tr("Owner"),           tr("Type"),        tr("Stage"),
                                  tr("Category"),      tr("Amount"),          tr("Close date"),  tr("Created"),
                                  tr("Stage entered"), tr("Last activity"),   tr("Next step"),   tr("Source"),
                                  tr("Partner"),       tr("Security review"), tr("Legal review")};
    for (int i = 0; i < FieldCount; ++i)
        if (auto *label = qobject_cast<QLabel *>(m_fields->itemAt(i, QFormLayout::LabelRole)
                                                     ? m_fields->itemAt(i, QFormLayout::LabelRole)->widget()
                                                     : nullptr))
            label->setText(fieldLabels.at(i));
        else
            m_fields->setWidget(i, QFormLayout::LabelRole, new QLabel(fieldLabels.at(i)));
    const QStringList pocLabels{tr("Status"), tr("Start"), tr("Planned end"), tr("Last check-in"),
                                tr("Success criteria")};
    for (int i = 0; i < PocFieldCount; ++i)
        if (auto *label = qobject_cast<QLabel *>(m_poc->itemAt(i, QFormLayout::LabelRole)
                                                     ? m_poc->itemAt(i, QFormLayout::LabelRole)->widget()
                                                     : nullptr))
            label->setText(pocLabels.at(i));
        else
            m_poc->setWidget(i, QFormLayout::LabelRole, new QLabel(pocLabels.at(i)));
    fill();
}

void DealDetailView::fill()
{
    const auto engine = m_workspace->engine();
    m_dealBriefAction->setEnabled(m_deal >= 0 && engine);
    m_accountBriefAction->setEnabled(false);
    if (m_deal < 0 || !engine) {
        m_stack->setCurrentIndex(0);
        m_title->clear();
        m_pocScorecard->setScorecards({});
        return;
    }
    m_stack->setCurrentIndex(1);
    const Dataset &dataset = engine->dataset();
    m_accountBriefAction->setEnabled(dataset.opportunityAccount(m_deal) >= 0);
    const Opportunity &deal = dataset.opportunity(m_deal);
    const QString currency = dataset.reportingCurrency();
    const qint32 accountIndex = dataset.opportunityAccount(m_deal);
    const QString account = accountIndex >= 0 ? dataset.accounts()[size_t(accountIndex)].name : QString();
    const qint32 owner = dataset.opportunityOwner(m_deal);
    const QString ownerName = owner >= 0 ? dataset.reps()[size_t(owner)].rep.name : deal.ownerId;

    m_title->setText(deal.name);
    m_subtitle->setText(tr("%1 · %2 · %3").arg(deal.id, account, ownerName));
    auto set = [](QFormLayout *form, int row, const QString &text) {
        if (auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::FieldRole)->widget()))
            label->setText(text.isEmpty() ? QStringLiteral("–") : text);
    };
    QString amount = deal.amount ? Format::money(dataset.opportunityAmount(m_deal), currency) : tr("no amount");
    if (deal.amount && !deal.currency.isEmpty() && deal.currency != currency)
        amount += tr(" (%1)", "the amount in the deal's own currency").arg(Format::money(*deal.amount, deal.currency));
    set(m_fields, Account, account);
    set(m_fields, Owner, ownerName);
    set(m_fields, Type, dealTypeName(deal.type));
    set(m_fields, Stage, TermLabels::stage(deal.stage));
    set(m_fields, Category, forecastCategoryName(deal.category));
    set(m_fields, Amount, amount);
    set(m_fields, CloseDate, Format::date(deal.closeDate));
    set(m_fields, Created, Format::date(deal.createdDate));
    set(m_fields, StageEntered, Format::date(deal.stageEnteredDate));
    set(m_fields, LastActivity, Format::date(deal.lastActivityDate));
    set(m_fields, NextStep, deal.nextStep);
    set(m_fields, Source, deal.source);
    set(m_fields, Partner, deal.partner);
    set(m_fields, SecurityReview, reviewName(deal.securityReview));
    set(m_fields, LegalReview, reviewName(deal.legalReview));
    set(m_poc, PocStatusField, pocName(deal.poc.status));
    set(m_poc, PocStart, Format::date(deal.poc.start));
    set(m_poc, PocPlannedEnd, Format::date(deal.poc.plannedEnd));
    set(m_poc, PocCheckIn, Format::date(deal.poc.lastCheckIn));
    set(m_poc, PocCriteria, deal.poc.successCriteriaDefined ? tr("defined") : tr("not defined"));
    m_pocScorecard->showDeal(*m_workspace, m_deal);
    m_pocScorecardBox->setVisible(!m_pocScorecard->scorecards().empty());
    if (deal.sourceFile.isEmpty())
        m_source->setText(tr("Source row unknown (imported before source tracking)."));
    else if (deal.sourceLine <= 0) // generated (the demo) or read from a source without lines
        m_source->setText(tr("Imported from %1 (import #%2).").arg(deal.sourceFile).arg(deal.importId));
    else
        m_source->setText(
            tr("Imported from %1, line %2 (import #%3).").arg(deal.sourceFile).arg(deal.sourceLine).arg(deal.importId));
}

void DealDetailView::saveDealBrief()
{
    const auto engine = m_workspace->engine();
    if (m_deal < 0 || !engine)
        return;
    auto actions = m_workspace->actions()->hitActions();
    if (!actions) {
        QMessageBox::warning(this, tr("Deal brief"), actions.error().toString());
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const DealBrief brief = DealBrief::build(*engine, m_workspace->asOf(), m_deal, *actions);
    const Report report = BriefReport::deal(brief, QDateTime::currentDateTime());
    QApplication::restoreOverrideCursor();
    ExportPreviewDialog::previewReport(this, report.title, report,
                                       ExportFileName::dealBrief(brief.asOf, brief.opportunityId,
                                                                 QStringLiteral("pdf")),
                                       tr("Deal brief saved to %1"));
}

void DealDetailView::saveAccountBrief()
{
    const auto engine = m_workspace->engine();
    const qint32 account = m_deal >= 0 && engine ? engine->dataset().opportunityAccount(m_deal) : -1;
    if (account < 0)
        return;
    auto actions = m_workspace->actions()->hitActions();
    if (!actions) {
        QMessageBox::warning(this, tr("Account brief"), actions.error().toString());
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const AccountBrief brief = AccountBrief::build(*engine, m_workspace->asOf(), account, *actions);
    const Report report = BriefReport::account(brief, QDateTime::currentDateTime());
    QApplication::restoreOverrideCursor();
    ExportPreviewDialog::previewReport(this, report.title, report,
                                       ExportFileName::accountBrief(brief.asOf, brief.accountId, QStringLiteral("pdf")),
                                       tr("Account brief saved to %1"));
}

} // namespace dmc::ui
