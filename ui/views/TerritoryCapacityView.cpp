#include "TerritoryCapacityView.h"

#include "ApartAccountModel.h"
#include "CapacityMonthModel.h"
#include "CapacitySession.h"
#include "DocumentLabels.h"
#include "EmptyState.h"
#include "Format.h"
#include "FittedTableView.h"
#include "HireModel.h"
#include "LeaverModel.h"
#include "RampAttainmentModel.h"
#include "RepCapacityModel.h"
#include "SegmentCoverageModel.h"
#include "SourceMixModel.h"
#include "TableStyle.h"
#include "TerritoryBalanceModel.h"
#include "TypedSortProxy.h"
#include "Workspace.h"
#include "charts/CapacityChart.h"
#include "charts/RampAttainmentChart.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace dmc::ui {

TerritoryCapacityView::TerritoryCapacityView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(workspace->capacity())
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_setLabel(new QLabel(this))
    , m_setCombo(new QComboBox(this))
    , m_newSet(new QPushButton(this))
    , m_deleteSet(new QPushButton(this))
    , m_exportPlan(new QPushButton(this))
    , m_status(textLabel(this, true))
    , m_headline(textLabel(this))
    , m_chart(new CapacityChart(this))
    , m_monthHeading(headingLabel(this))
    , m_editor(new QGroupBox(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_factorLabel(new QLabel(this))
    , m_factor(new QSpinBox(this))
    , m_curvesLabel(new QLabel(this))
    , m_curves(new QComboBox(this))
    , m_targetLabel(new QLabel(this))
    , m_target(new QSpinBox(this))
    , m_hiresHeading(headingLabel(this))
    , m_addHire(new QPushButton(this))
    , m_removeHire(new QPushButton(this))
    , m_leaversHeading(headingLabel(this))
    , m_leaverRep(new QComboBox(this))
    , m_leaverDay(new QDateEdit(this))
    , m_addLeaver(new QPushButton(this))
    , m_removeLeaver(new QPushButton(this))
    , m_repHeading(headingLabel(this))
    , m_coverageHeading(headingLabel(this))
    , m_coverageNote(textLabel(this, true))
    , m_mixHeading(headingLabel(this))
    , m_balanceHeading(headingLabel(this))
    , m_balanceMean(textLabel(this, true))
    , m_apartHeading(headingLabel(this))
    , m_rampHeading(headingLabel(this))
    , m_rampChart(new RampAttainmentChart(this))
    , m_hint(textLabel(this, true))
{
    setObjectName(QStringLiteral("TerritoryCapacityView"));
    m_empty->setObjectName(QStringLiteral("CapacityEmptyState"));
    m_setCombo->setObjectName(QStringLiteral("CapacitySetCombo"));
    m_newSet->setObjectName(QStringLiteral("CapacityNewSetButton"));
    m_deleteSet->setObjectName(QStringLiteral("CapacityDeleteSetButton"));
    m_exportPlan->setObjectName(QStringLiteral("CapacityExportPlanButton"));
    m_headline->setObjectName(QStringLiteral("CapacityHeadline"));
    m_editor->setObjectName(QStringLiteral("CapacitySetEditor"));
    m_name->setObjectName(QStringLiteral("CapacitySetName"));
    m_factor->setObjectName(QStringLiteral("CapacityFactor"));
    m_curves->setObjectName(QStringLiteral("CapacityCurves"));
    m_target->setObjectName(QStringLiteral("CapacityTarget"));
    m_setCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_setLabel->setBuddy(m_setCombo);
    m_chart->setMaximumHeight(400);

    m_factor->setRange(1, 200);
    m_factor->setSuffix(QStringLiteral(" %"));
    m_curves->addItem(QString());
    m_curves->addItem(QString());
    m_target->setRange(0, std::numeric_limits<int>::max());
    m_target->setGroupSeparatorShown(true);
    m_leaverDay->setCalendarPopup(true);
    m_leaverRep->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_leaverRep->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_nameLabel->setBuddy(m_name);
    m_factorLabel->setBuddy(m_factor);
    m_curvesLabel->setBuddy(m_curves);
    m_targetLabel->setBuddy(m_target);

    m_monthTable = addTable(m_session->monthModel(), QStringLiteral("CapacityMonthTable"), false);
    m_hireTable = addTable(nullptr, QStringLiteral("CapacityHireTable"), false);
    m_hireTable->setModel(m_session->hireModel());
    m_hireTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::AnyKeyPressed);
    m_hireTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_leaverTable = addTable(nullptr, QStringLiteral("CapacityLeaverTable"), false);
    m_leaverTable->setModel(m_session->leaverModel());
    m_leaverTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::AnyKeyPressed);
    m_repTable = addTable(m_session->repModel(), QStringLiteral("CapacityRepTable"), true);
    m_coverageTable = addTable(m_session->coverageModel(), QStringLiteral("CapacityCoverageTable"), false,
                               m_session->coverageModel());
    m_mixTable = addTable(m_session->mixModel(), QStringLiteral("CapacityMixTable"), false, m_session->mixModel());
    m_balanceTable =
        addTable(m_session->balanceModel(), QStringLiteral("CapacityBalanceTable"), true, m_session->balanceModel());
    m_apartTable =
        addTable(m_session->apartModel(), QStringLiteral("CapacityApartTable"), true, m_session->apartModel());
    m_rampTable = addTable(m_session->rampModel(), QStringLiteral("CapacityRampTable"), false);
    m_repTable->setMaximumVisibleRows(14);
    m_balanceTable->setMaximumVisibleRows(14);
    m_apartTable->setMaximumVisibleRows(8);
    m_rampTable->setMaximumVisibleRows(14);

    auto *setRow = new QHBoxLayout;
    setRow->addWidget(m_setLabel);
    setRow->addWidget(m_setCombo);
    setRow->addWidget(m_newSet);
    setRow->addWidget(m_deleteSet);
    setRow->addSpacing(18);
    setRow->addWidget(m_status, 1);
    setRow->addWidget(m_exportPlan);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_factorLabel, m_factor);
    form->addRow(m_curvesLabel, m_curves);
    form->addRow(m_targetLabel, m_target);
    auto *hireButtons = new QHBoxLayout;
    hireButtons->addWidget(m_addHire);
    hireButtons->addWidget(m_removeHire);
    hireButtons->addStretch();
    // The rep and the day on one row, the buttons under them: on one row the Russian labels and a
    // rep's name did not fit the dock's width and were clipped.
    auto *leaverChoice = new QHBoxLayout;
    leaverChoice->addWidget(m_leaverRep, 1);
    leaverChoice->addWidget(m_leaverDay);
    auto *leaverButtons = new QHBoxLayout;
    leaverButtons->addWidget(m_addLeaver);
    leaverButtons->addWidget(m_removeLeaver);
    leaverButtons->addStretch();
    auto *changes = new QVBoxLayout;
    changes->addWidget(m_hiresHeading);
    changes->addWidget(m_hireTable);
    changes->addLayout(hireButtons);
    changes->addWidget(m_leaversHeading);
    changes->addWidget(m_leaverTable);
    changes->addLayout(leaverChoice);
    changes->addLayout(leaverButtons);
    auto *editorLayout = new QHBoxLayout(m_editor);
    editorLayout->addLayout(form, 2);
    editorLayout->addSpacing(18);
    editorLayout->addLayout(changes, 3);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_headline,       m_chart,           m_editor,
                                                            m_repHeading,     m_repTable,        m_monthHeading,
                                                            m_monthTable,     m_coverageHeading, m_coverageNote,
                                                            m_coverageTable,  m_mixHeading,      m_mixTable,
                                                            m_balanceHeading, m_balanceMean,     m_balanceTable,
                                                            m_apartHeading,   m_apartTable,      m_rampHeading,
                                                            m_rampChart,      m_rampTable,       m_hint})
        layout->addWidget(widget);
    layout->addStretch();
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(page);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_scroll);
    // The wheel scrolls the page over the set's editors unless one has the focus: a scroll passing
    // over a combo or a spin box changed (and stored) the set.
    for (QWidget *editor :
         std::initializer_list<QWidget *>{m_setCombo, m_factor, m_curves, m_target, m_leaverRep, m_leaverDay}) {
        editor->setFocusPolicy(Qt::StrongFocus);
        editor->installEventFilter(this);
    }

    auto *top = new QVBoxLayout;
    top->setContentsMargins(16, 8, 16, 0);
    top->addLayout(setRow);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(top);
    outer->addWidget(m_stack, 1);

    connect(m_setCombo, &QComboBox::activated, this,
            [this](int row) { m_session->setCurrentSet(m_setCombo->itemData(row).toString()); });
    connect(m_newSet, &QPushButton::clicked, m_session, &CapacitySession::createSet);
    connect(m_deleteSet, &QPushButton::clicked, m_session, &CapacitySession::removeCurrentSet);
    connect(m_exportPlan, &QPushButton::clicked, this, &TerritoryCapacityView::exportRequested);
    connect(m_name, &QLineEdit::editingFinished, this, [this] { m_session->renameCurrentSet(m_name->text()); });
    connect(m_factor, &QSpinBox::editingFinished, this,
            [this] { m_session->setAttainmentFactor(m_factor->value() / 100.0); });
    connect(m_curves, &QComboBox::activated, this, [this](int row) {
        m_session->setCurves(row == 1 ? CapacityAssumptions::Curves::Shipped : CapacityAssumptions::Curves::Database);
    });
    connect(m_target, &QSpinBox::editingFinished, this, [this] {
        const int units = m_target->value();
        m_session->setDistrictTarget(units > 0 ? std::optional<Cents>(Cents(units) * 100) : std::nullopt);
    });
    connect(m_addHire, &QPushButton::clicked, m_session, &CapacitySession::addHire);
    connect(m_removeHire, &QPushButton::clicked, this, [this] { m_session->removeHire(selectedRow(m_hireTable)); });
    connect(m_addLeaver, &QPushButton::clicked, this,
            [this] { m_session->addLeaver(m_leaverRep->currentData().toString(), m_leaverDay->date()); });
    connect(m_removeLeaver, &QPushButton::clicked, this,
            [this] { m_session->removeLeaver(selectedRow(m_leaverTable)); });
    connect(m_session, &CapacitySession::capacityStarted, this, &TerritoryCapacityView::retranslateUi);
    connect(m_session, &CapacitySession::capacityChanged, this, &TerritoryCapacityView::showCapacity);
    connect(m_session, &CapacitySession::setsChanged, this, &TerritoryCapacityView::showSets);
    connect(m_workspace, &Workspace::stateChanged, this, &TerritoryCapacityView::retranslateUi);
    retranslateUi();
    showSets();
    showCapacity();
}

FittedTableView *TerritoryCapacityView::addTable(SortableTableModel *model, const QString &objectName, bool sortable,
                                                 ReviewTableModel *drill)
{
    auto *table = new FittedTableView(this);
    table->setObjectName(objectName);
    if (model && sortable) {
        auto *proxy = new TypedSortProxy(table);
        proxy->setSourceModel(model);
        table->setModel(proxy);
    } else if (model) {
        table->setModel(model);
    }
    TableStyle::apply(table);
    table->setSortingEnabled(sortable);
    if (sortable)
        table->sortByColumn(-1, Qt::AscendingOrder); // the core's order (district, name) until a click
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(false);
    table->setMaximumVisibleRows(10);
    if (drill) {
        connect(table, &QTableView::activated, this,
                [this, table](const QModelIndex &index) { this->drill(table, index); });
        m_drills.emplace_back(table, drill);
    }
    return table;
}

void TerritoryCapacityView::drill(const QTableView *view, const QModelIndex &index)
{
    for (const auto &[table, model] : m_drills) {
        if (table != view)
            continue;
        QModelIndex source = index;
        if (auto *proxy = qobject_cast<const QSortFilterProxyModel *>(index.model()))
            source = proxy->mapToSource(index);
        const std::vector<qint32> deals = model->dealsAt(source.row(), source.column());
        if (!deals.empty())
            m_workspace->drillInto(model->drillTitle(source.row(), source.column()), deals);
        return;
    }
}

int TerritoryCapacityView::selectedRow(const QTableView *table) const
{
    const QModelIndex current = table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TerritoryCapacityView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_session->setShown(true);
}

void TerritoryCapacityView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_session->setShown(false);
}

void TerritoryCapacityView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showSets();
        showChart();
        showRampChart();
    }
    QWidget::changeEvent(event);
}

bool TerritoryCapacityView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *editor = qobject_cast<QWidget *>(watched);
        if (editor && !editor->hasFocus()) {
            QCoreApplication::sendEvent(m_scroll->viewport(), event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TerritoryCapacityView::retranslateUi()
{
    m_setLabel->setText(tr("Assumption &set"));
    m_setCombo->setAccessibleName(tr("Assumption set shown"));
    m_newSet->setText(tr("New set"));
    m_newSet->setToolTip(tr("A new assumption set with the data's reps, an attainment factor of 100% and no hires"));
    m_deleteSet->setText(tr("Delete set"));
    m_exportPlan->setText(tr("Export quarterly plan..."));
    m_exportPlan->setToolTip(tr("The quarterly plan of this scope and period as a PDF, HTML or Markdown document: the "
                                "tables of this view, one column per assumption set"));
    m_nameLabel->setText(tr("&Name"));
    m_factorLabel->setText(tr("&Attainment factor"));
    m_factor->setToolTip(tr("The share of a ramped quota a rep is assumed to book"));
    m_curvesLabel->setText(tr("Ramp &curves"));
    m_curves->setItemText(0, tr("the database's where it has them"));
    m_curves->setItemText(1, tr("the shipped defaults only"));
    m_targetLabel->setText(tr("District &target"));
    m_target->setSpecialValueText(tr("the sum of the reps' quotas"));
    m_target->setToolTip(tr("The need of the period in whole units of the reporting currency; 0: the sum of the "
                            "reps' quotas"));
    m_hiresHeading->setText(tr("Hires of the set"));
    m_addHire->setText(tr("Add hire"));
    m_removeHire->setText(tr("Remove hire"));
    m_leaversHeading->setText(tr("Leavers of the set"));
    m_leaverRep->setAccessibleName(tr("Rep who leaves"));
    m_leaverDay->setAccessibleName(tr("Last day"));
    m_addLeaver->setText(tr("Add leaver"));
    m_removeLeaver->setText(tr("Remove leaver"));
    m_hireTable->setAccessibleName(tr("Hires of the assumption set"));
    m_leaverTable->setAccessibleName(tr("Leavers of the assumption set"));
    m_monthTable->setAccessibleName(tr("Capacity and need by month"));
    m_monthHeading->setText(tr("Capacity and need by month"));
    m_repTable->setAccessibleName(tr("FRE and ramp loss per rep"));
    m_coverageHeading->setText(tr("Coverage by segment beside the implied coverage"));
    m_mixHeading->setText(tr("Pipeline mix by source group: deals created and decided in the period"));
    m_apartHeading->setText(tr("Accounts listed apart: no owner, or an owner not active"));
    m_rampHeading->setText(tr("Ramp attainment by tenure month, with the cohort median"));
    m_hint->setText(tr("Double-click a row of coverage, pipeline mix, balance or the accounts listed apart (or press "
                       "Enter) to list its deals in the inspection queue. Edits of an assumption set are stored at "
                       "once, only in the DM's own tables; Edit > Undo reverts them one by one."));
    const bool computing = m_session->isComputing() || m_workspace->isComputing();
    m_status->setText(computing ? tr("Building the capacity plan…") : QString());
    if (!m_workspace->hasData())
        m_empty->setMessage(tr("No capacity plan to show"),
                            tr("Open a database with reps and quotas; the plan follows the scope and period chosen "
                               "in the toolbar."));
    else if (!m_session->error().isEmpty())
        m_empty->setMessage(tr("Capacity plan not available"), m_session->error());
    else if (!m_session->hasReport())
        m_empty->setMessage(tr("Building the capacity plan…"),
                            tr("The reps' quotas, ramp curves and account owners are being read."));
    m_stack->setCurrentIndex(m_session->hasReport() ? 1 : 0);
    m_exportPlan->setEnabled(m_workspace->hasData());
}

void TerritoryCapacityView::showSets()
{
    const QSignalBlocker blockCombo(m_setCombo);
    m_setCombo->clear();
    m_setCombo->addItem(tr("As imported"), QString());
    for (const QString &name : m_session->setNames())
        m_setCombo->addItem(name, name);
    m_setCombo->setCurrentIndex(std::max(0, m_setCombo->findData(m_session->currentSet())));

    const CapacityAssumptions *set = m_session->currentAssumptions();
    const bool editable = m_session->canEdit();
    m_newSet->setEnabled(editable);
    m_deleteSet->setEnabled(editable && set);
    m_editor->setVisible(set != nullptr);
    if (!set)
        return;
    m_editor->setTitle(tr("Assumption set %1").arg(set->name));
    m_editor->setEnabled(editable);
    const QSignalBlocker blockName(m_name);
    const QSignalBlocker blockFactor(m_factor);
    const QSignalBlocker blockCurves(m_curves);
    const QSignalBlocker blockTarget(m_target);
    m_name->setText(set->name);
    m_factor->setValue(int(std::lround(set->attainmentFactor * 100)));
    m_curves->setCurrentIndex(set->curves == CapacityAssumptions::Curves::Shipped ? 1 : 0);
    m_target->setValue(
        set->districtTarget ? int(std::min<Cents>(*set->districtTarget / 100, std::numeric_limits<int>::max())) : 0);
    const QString chosen = m_leaverRep->currentData().toString();
    m_leaverRep->clear();
    for (const auto &[id, name] : m_session->leaverChoices())
        m_leaverRep->addItem(name, id);
    m_leaverRep->setCurrentIndex(std::max(0, m_leaverRep->findData(chosen)));
    if (!m_leaverDay->date().isValid() || m_leaverDay->date() == QDate(2000, 1, 1))
        m_leaverDay->setDate(m_workspace->asOf().isValid() ? m_workspace->asOf() : QDate::currentDate());
}

void TerritoryCapacityView::showChart()
{
    const CapacityMonthModel *months = m_session->monthModel();
    CapacityChart::Data data;
    data.currency = months->currency();
    for (int row = 0; row < months->rowCount(); ++row) {
        data.months << CapacityMonthModel::monthLabel(months->month(row));
        data.need.push_back(months->need(row));
        data.bandLow.push_back(months->bandLow(row));
        data.bandHigh.push_back(months->bandHigh(row));
    }
    for (int plan = 0; plan < months->planCount(); ++plan) {
        CapacityChart::Line line;
        line.name = months->planName(plan);
        for (int row = 0; row < months->rowCount(); ++row)
            line.values.push_back(months->capacity(row, plan));
        data.lines.push_back(std::move(line));
    }
    if (const CapacityReport *report = m_session->report(); report && !report->plans.empty())
        data.title =
            tr("Ramped capacity against the need by month, %1 and %2")
                .arg(report->plans.front().totals[0].period.label(), report->plans.front().totals[1].period.label());
    m_chart->setData(std::move(data));
}

void TerritoryCapacityView::showRampChart()
{
    // The core's values as they are: each rep's month with an attainment, the cohort's medians.
    const RampAttainment &ramp = m_session->rampModel()->attainment();
    RampAttainmentChart::Data data;
    data.months = RampAttainment::MonthsShown;
    data.cohortMedian = ramp.cohortMedian;
    for (const RampAttainment::Rep &rep : ramp.reps)
        for (size_t t = 0; t < rep.months.size(); ++t)
            if (rep.months[t] && rep.months[t]->attainment)
                data.points.push_back({rep.name, int(t) + 1, *rep.months[t]->attainment});
    m_rampChart->setData(std::move(data));
}

void TerritoryCapacityView::showCapacity()
{
    retranslateUi();
    showChart();
    showRampChart();
    const CapacityPlan *plan = m_session->currentPlan();
    m_headline->setText(m_session->describeCurrent().join(u'\n'));
    const QString setName = m_session->currentSet().isEmpty() ? tr("as imported") : m_session->currentSet();
    m_repHeading->setText(
        plan ? tr("FRE and ramp loss per rep, %1, assumption set: %2").arg(plan->totals[0].period.label(), setName)
             : tr("FRE and ramp loss per rep"));
    const CapacityReport *report = m_session->report();
    if (report)
        m_coverageNote->setText(
            tr("Coverage: open pipeline closing in %1 ÷ the segment's share of the remaining target. Implied "
               "coverage: 1 ÷ the segment's win rate from %2 to %3.")
                .arg(report->coverage.period.label(), report->coverage.trailingFirst.label(),
                     report->coverage.trailingLast.label()));
    const TerritoryBalance &balance = m_session->balance();
    m_balanceHeading->setText(tr("Territory balance on %1").arg(Format::date(balance.asOf)));
    m_balanceMean->setText(m_session->balanceModel()->meanText());
    const bool apart = m_session->apartModel()->rowCount() > 0;
    m_apartHeading->setVisible(apart);
    m_apartTable->setVisible(apart);
    m_monthTable->resizeColumnsToContents();
}

} // namespace dmc::ui
