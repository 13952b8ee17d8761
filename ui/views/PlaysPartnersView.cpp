#include "PlaysPartnersView.h"

#include "EmptyState.h"
#include "Format.h"
#include "TableStyle.h"
#include "Workspace.h"
#include "models/AttributionSplitModel.h"
#include "models/ComplianceMatrixModel.h"
#include "models/DealTaskModel.h"
#include "models/PartnerModel.h"
#include "models/PlayDealModel.h"
#include "models/PlayModel.h"
#include "models/RoleTaskModel.h"
#include "models/WithWithoutModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dmc::ui {

namespace {

QLabel *figureLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    return label;
}

QWidget *page(std::initializer_list<QWidget *> widgets, int stretchFrom)
{
    auto *widget = new QWidget;
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(10, 8, 10, 8);
    int i = 0;
    for (QWidget *child : widgets)
        layout->addWidget(child, i++ >= stretchFrom ? 1 : 0);
    // Below a table of capped height the room stays empty, not spread between the lines above.
    layout->addStretch(0);
    return widget;
}

} // namespace

PlaysPartnersView::PlaysPartnersView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_split(new AttributionSplitModel(this))
    , m_withWithout(new WithWithoutModel(this))
    , m_partners(new PartnerModel(this))
    , m_plays(new PlayModel(this))
    , m_playDeals(new PlayDealModel(this))
    , m_compliance(new ComplianceMatrixModel(this))
    , m_roles(new RoleTaskModel(this))
    , m_tasks(new DealTaskModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_tabs(new QTabWidget(this))
    , m_partnerFigures(figureLabel("PartnerFigures", this))
    , m_withWithoutTitle(figureLabel("WithWithoutTitle", this))
    , m_playFigures(figureLabel("PlayFigures", this))
    , m_complianceFigures(figureLabel("ComplianceFigures", this))
    , m_taskFigures(figureLabel("TaskFigures", this))
{
    setObjectName(QStringLiteral("PlaysPartnersView"));
    QTableView *splitTable = table(m_split, "AttributionTable");
    QTableView *withWithoutTable = table(m_withWithout, "WithWithoutTable");
    QTableView *partnerTable = table(m_partners, "PartnerTable");
    m_playTable = table(m_plays, "PlayTable");
    m_playDealTable = table(m_playDeals, "PlayDealTable");
    QTableView *complianceTable = table(m_compliance, "ComplianceTable");
    QTableView *roleTable = table(m_roles, "RoleTaskTable");
    QTableView *taskTable = table(m_tasks, "DealTaskTable");
    splitTable->setMaximumHeight(4 * 30 + 8);
    withWithoutTable->setMaximumHeight(7 * 30 + 8);
    for (int c = 1; c < AttributionSplitModel::ColumnCount; ++c)
        splitTable->horizontalHeader()->resizeSection(c, 95);
    roleTable->setMaximumHeight(5 * 30 + 8);
    m_playTable->setMaximumHeight(4 * 30 + 8);
    m_playTable->setSelectionMode(QAbstractItemView::SingleSelection);
    partnerTable->horizontalHeader()->resizeSection(PartnerModel::Partner, 160);
    partnerTable->horizontalHeader()->resizeSection(PartnerModel::Attributes, 200);
    partnerTable->horizontalHeader()->resizeSection(PartnerModel::Deals, 60);
    partnerTable->horizontalHeader()->resizeSection(PartnerModel::Sourced, 140);
    partnerTable->horizontalHeader()->resizeSection(PartnerModel::Influenced, 130);
    m_playTable->horizontalHeader()->resizeSection(PlayModel::Play, 160);
    m_playTable->horizontalHeader()->resizeSection(PlayModel::Eligible, 110);
    m_playTable->horizontalHeader()->resizeSection(PlayModel::Adherent, 110);
    m_playTable->horizontalHeader()->resizeSection(PlayModel::Adherence, 80);
    m_playTable->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_playDealTable->horizontalHeader()->resizeSection(PlayDealModel::Deal, 190);
    m_playDealTable->horizontalHeader()->resizeSection(PlayDealModel::Rep, 105);
    m_playDealTable->horizontalHeader()->resizeSection(PlayDealModel::Stage, 120);
    m_playDealTable->horizontalHeader()->resizeSection(PlayDealModel::Due, 70);
    m_playDealTable->horizontalHeader()->resizeSection(PlayDealModel::Done, 50);
    complianceTable->horizontalHeader()->setDefaultSectionSize(200);
    complianceTable->horizontalHeader()->resizeSection(0, 240);
    taskTable->horizontalHeader()->resizeSection(DealTaskModel::Deal, 240);
    taskTable->horizontalHeader()->resizeSection(DealTaskModel::Task, 250);
    taskTable->horizontalHeader()->resizeSection(DealTaskModel::Role, 65);
    taskTable->horizontalHeader()->resizeSection(DealTaskModel::Due, 75);
    taskTable->horizontalHeader()->resizeSection(DealTaskModel::Done, 75);
    roleTable->horizontalHeader()->resizeSection(RoleTaskModel::Role, 80);
    withWithoutTable->horizontalHeader()->resizeSection(WithWithoutModel::Segment, 110);
    for (int c = 1; c < WithWithoutModel::ColumnCount; ++c)
        withWithoutTable->horizontalHeader()->resizeSection(c, 125);
    withWithoutTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    withWithoutTable->horizontalHeader()->setTextElideMode(Qt::ElideNone);

    auto *partnersPage = new QSplitter(Qt::Vertical);
    partnersPage->addWidget(page({m_partnerFigures, splitTable, m_withWithoutTitle, withWithoutTable}, 3));
    partnersPage->addWidget(partnerTable);
    m_tabs->addTab(partnersPage, QString());
    m_tabs->addTab(page({m_playFigures, m_playTable, m_playDealTable}, 2), QString());
    m_tabs->addTab(page({m_complianceFigures, complianceTable}, 1), QString());
    m_tabs->addTab(page({m_taskFigures, roleTable, taskTable}, 2), QString());
    m_tabs->setDocumentMode(true);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_playTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PlaysPartnersView::showPlay);
    connect(m_playDealTable, &QTableView::activated, this,
            [this](const QModelIndex &index) { m_workspace->selectDeal(m_playDeals->opportunityAt(index.row())); });
    connect(complianceTable, &QTableView::activated, this,
            [this](const QModelIndex &index) { m_workspace->selectDeal(m_compliance->opportunityAt(index.row())); });
    connect(taskTable, &QTableView::activated, this,
            [this](const QModelIndex &index) { m_workspace->selectDeal(m_tasks->opportunityAt(index.row())); });
    connect(m_workspace, &Workspace::pocsAndPlaysChanged, this, &PlaysPartnersView::showResults);
    connect(m_workspace, &Workspace::languageChanged, this, [this] {
        m_split->retranslate();
        m_withWithout->retranslate();
        m_partners->retranslate();
        m_plays->retranslate();
        m_playDeals->retranslate();
        m_compliance->retranslate();
        m_roles->retranslate();
        m_tasks->retranslate();
        retranslateUi();
    });
    showResults();
}

QTableView *PlaysPartnersView::table(QAbstractItemModel *model, const char *name)
{
    auto *view = new QTableView(this);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    TableStyle::apply(view);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void PlaysPartnersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlaysPartnersView::showResults()
{
    const QString previous =
        m_playTable->currentIndex().isValid() ? m_plays->play(m_playTable->currentIndex().row()).play.id : QString();
    m_data = m_workspace->plays();
    const PlaysReport &report = m_data->report;
    m_split->setFigures(report.partners, m_data->currency);
    m_withWithout->setRows(report.partners.withWithout, m_data->currency);
    m_partners->setPartners(report.partners.partners, m_data->currency);
    m_plays->setPlays(report.plays);
    m_compliance->setReport(report, m_data->artifacts);
    m_roles->setReport(report);
    m_tasks->setReport(report);
    // The play selected before stays selected; otherwise the first.
    int row = m_plays->rowCount() > 0 ? 0 : -1;
    for (int i = 0; i < m_plays->rowCount(); ++i)
        if (m_plays->play(i).play.id == previous)
            row = i;
    if (row >= 0)
        m_playTable->setCurrentIndex(m_plays->index(row, 0));
    showPlay();
    retranslateUi();
}

void PlaysPartnersView::showPlay()
{
    const QModelIndex current = m_playTable->currentIndex();
    m_playDeals->setPlay(m_data->report, current.isValid() ? &m_plays->play(current.row()) : nullptr);
}

void PlaysPartnersView::retranslateUi()
{
    const PlaysReport &report = m_data->report;
    m_tabs->setTabText(0, tr("Partners"));
    m_tabs->setTabText(1, tr("Plays"));
    m_tabs->setTabText(2, tr("Compliance"));
    m_tabs->setTabText(3, tr("Tasks"));
    const QString scope = m_workspace->hasData() ? report.scope.displayName(*m_workspace->dataset()) : QString();
    const QString head = tr("%n deal(s) of %1 open at %3 or decided in %2.", nullptr, int(report.deals.size()))
                             .arg(scope, report.period.label(), Format::date(report.asOf));
    const PartnerCoverage &c = report.partners.coverage;
    m_partnerFigures->setText(
        head + u'\n'
        + tr("Partner coverage: %1 of %2 open pipeline has a partner row (%3); %4 of %5 open deals.")
              .arg(Format::money(c.withPartnerAmount, m_data->currency), Format::money(c.openAmount, m_data->currency),
                   c.share ? Format::percent(*c.share) : QStringLiteral("–"), Format::number(c.withPartnerDeals),
                   Format::number(c.openDeals)));
    m_withWithoutTitle->setText(tr("With and without a partner, deals decided in %1; a figure needs n of at least %2, "
                                   "below it the n alone.")
                                    .arg(report.period.label(), Format::number(report.minimumN)));
    m_playFigures->setText(tr("%n play(s). Select a play to list its deals; a deal's missing steps are the steps due "
                              "by its stage without a done task. Double-click a deal to show it.",
                              nullptr, int(report.plays.size())));
    const ComplianceFigures &f = report.compliance;
    m_complianceFigures->setText(
        tr("%1 of %2 required artifacts started on or before the deal entered the stage the play names (%3).")
            .arg(Format::number(f.inParallel), Format::number(f.due),
                 f.rate ? Format::percent(*f.rate) : QStringLiteral("–")));
    m_taskFigures->setText(tr("%n task(s) of these deals at %1; a chain is a run of open tasks each waiting for the "
                              "one before.",
                              nullptr, int(report.tasks.tasks.size()))
                               .arg(Format::date(report.asOf)));
    if (!m_data->error.isEmpty())
        m_empty->setMessage(tr("Plays and partners not available"), m_data->error);
    else
        m_empty->setMessage(tr("No partner, play, compliance or task data"),
                            m_workspace->hasData()
                                ? tr("The import has no partners.csv, opportunity_partners.csv, plays.csv, "
                                     "compliance.csv or tasks.csv rows, no Partner.csv, OpportunityPartner.csv or "
                                     "partner campaign rows of a Salesforce export, and no deal names a partner.")
                                : tr("Open a database with plays and partners (Ctrl+O)."));
    m_stack->setCurrentIndex(report.hasData ? 1 : 0);
}

} // namespace dmc::ui
