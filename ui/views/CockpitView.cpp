#include "CockpitView.h"

#include "EmptyState.h"
#include "FollowUpModel.h"
#include "Format.h"
#include "InsightsSession.h"
#include "KpiTile.h"
#include "TableStyle.h"
#include "TeamTableModel.h"
#include "TypedSortProxy.h"
#include "Workspace.h"
#include "analytics/dataset/Dataset.h"
#include "charts/CoverageChart.h"
#include "charts/PathToPlanChart.h"
#include "i18n/Translations.h"
#include "workspace/CompareToRule.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>

namespace dmc::ui {

namespace {

const char *const tileNames[] = {"QuotaTile",    "WonTile", "CommitTile",   "BestCaseTile",
                                 "PipelineTile", "GapTile", "CoverageTile", "RunRateTile"};

QLabel *sectionHeading(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

std::vector<qint32> merged(std::initializer_list<const std::vector<qint32> *> parts)
{
    std::vector<qint32> all;
    for (const auto *part : parts)
        all.insert(all.end(), part->begin(), part->end());
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

KpiTile::Trend trendOf(qint64 delta)
{
    return delta > 0 ? KpiTile::Trend::Up : delta < 0 ? KpiTile::Trend::Down : KpiTile::Trend::Neutral;
}

} // namespace

CockpitView::CockpitView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_heading(sectionHeading(this, "CockpitHeading"))
    , m_patterns(new QLabel(this))
    , m_teamHeading(sectionHeading(this, "TeamHeading"))
    , m_followUpHeading(sectionHeading(this, "FollowUpHeading"))
    , m_pathChart(new PathToPlanChart(this))
    , m_coverageChart(new CoverageChart(this))
    , m_teamModel(workspace->teamModel())
    , m_teamProxy(new TypedSortProxy(this))
    , m_teamTable(new QTableView(this))
    , m_followUpModel(workspace->followUpModel())
    , m_followUpProxy(new TypedSortProxy(this))
    , m_followUpTable(new QTableView(this))
{
    setObjectName(QStringLiteral("CockpitView"));

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("CockpitPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(12);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    // Wraps rather than cuts: the "changes since" part is what says how far back the deltas go.
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_patterns->setObjectName(QStringLiteral("PatternsLine"));
    m_patterns->setTextFormat(Qt::RichText);
    m_patterns->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_patterns, &QLabel::linkActivated, this, &CockpitView::insightsRequested);
    connect(m_workspace->insights(), &InsightsSession::insightsChanged, this, &CockpitView::showPatternsLine);
    layout->addWidget(m_patterns);

    auto *tiles = new QGridLayout;
    tiles->setSpacing(10);
    for (int i = 0; i < TileCount; ++i) {
        auto *tile = new KpiTile(QLatin1String(tileNames[i]), page);
        m_tiles[size_t(i)] = tile;
        tiles->addWidget(tile, i / 4, i % 4);
        connect(tile, &KpiTile::clicked, this, [this, i] { drillTile(static_cast<Tile>(i)); });
    }
    layout->addLayout(tiles);

    auto *charts = new QHBoxLayout;
    charts->setSpacing(10);
    charts->addWidget(m_pathChart, 1, Qt::AlignTop);
    charts->addWidget(m_coverageChart, 1);
    layout->addLayout(charts);

    layout->addWidget(m_teamHeading);
    m_teamProxy->setSourceModel(m_teamModel);
    m_teamTable->setObjectName(QStringLiteral("TeamTable"));
    m_teamTable->setModel(m_teamProxy);
    TableStyle::apply(m_teamTable);
    m_teamTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A team is a few dozen rows at most: sizing columns to their contents is cheap here.
    m_teamTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_teamTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_teamTable);

    layout->addWidget(m_followUpHeading);
    m_followUpProxy->setSourceModel(m_followUpModel);
    m_followUpTable->setObjectName(QStringLiteral("FollowUpTable"));
    m_followUpTable->setModel(m_followUpProxy);
    TableStyle::apply(m_followUpTable);
    m_followUpTable->setMaximumHeight(180);
    layout->addWidget(m_followUpTable);
    layout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("CockpitScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    // One click drills, like the tiles and bars (Enter too, through activated()).
    connect(m_teamTable, &QTableView::clicked, this, &CockpitView::drillTeamCell);
    connect(m_teamTable, &QTableView::activated, this, &CockpitView::drillTeamCell);
    connect(m_coverageChart, &CoverageChart::repClicked, this, [this](int row) {
        const TeamRow &teamRow = m_teamModel->teamRow(row);
        m_workspace->selectRep(teamRow.repId);
        m_workspace->drillInto(tr("Open pipeline of %1").arg(teamRow.name),
                               m_teamModel->dealsAt(row, TeamTableModel::Coverage));
    });
    connect(m_followUpTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const FollowUpDue &item = m_followUpModel->followUp(m_followUpProxy->mapToSource(index).row());
        if (const Dataset *dataset = m_workspace->dataset()) {
            const int deal = dataset->opportunityIndex(item.opportunityId);
            if (deal >= 0)
                m_workspace->selectDeal(deal);
        }
    });
    connect(m_workspace, &Workspace::resultsChanged, this, &CockpitView::showResults);
    connect(m_workspace, &Workspace::stateChanged, this, &CockpitView::retranslateUi);

    retranslateUi();
    showResults();
}

void CockpitView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showResults(); // numbers are formatted by the new locale
    }
    QWidget::changeEvent(event);
}

void CockpitView::retranslateUi()
{
    if (!m_workspace->database())
        m_empty->setMessage(tr("No database open"),
                            tr("Open a database with Ctrl+O, or create one with Ctrl+N and import a CRM export."));
    else if (m_workspace->isLoading())
        m_empty->setMessage(tr("Loading the database..."), tr("The cockpit appears as soon as the data is read."));
    else if (!m_workspace->hasData() || m_workspace->snapshotDates().isEmpty())
        m_empty->setMessage(tr("No snapshots yet"),
                            tr("Import a CRM export (Ctrl+I): Salesforce, Maven CRM or the canonical CSV."));
    const bool ready = m_workspace->hasData() && m_workspace->asOf().isValid();
    m_stack->setCurrentIndex(ready ? 1 : 0);

    m_tiles[size_t(Tile::Quota)]->setCaption(tr("Quota"));
    m_tiles[size_t(Tile::Won)]->setCaption(tr("Won"));
    m_tiles[size_t(Tile::Commit)]->setCaption(tr("Commit"));
    m_tiles[size_t(Tile::BestCase)]->setCaption(tr("Best Case"));
    m_tiles[size_t(Tile::Pipeline)]->setCaption(tr("Pipeline"));
    m_tiles[size_t(Tile::Gap)]->setCaption(tr("Gap"));
    m_tiles[size_t(Tile::Coverage)]->setCaption(tr("Coverage"));
    m_tiles[size_t(Tile::RunRate)]->setCaption(tr("Required weekly run rate"));
    for (int i = 0; i < TileCount; ++i)
        m_tiles[size_t(i)]->setToolTip(m_tiles[size_t(i)]->isDrillable()
                                           ? tr("Click to list the deals behind this number in the inspection queue")
                                           : QString());
    m_teamHeading->setText(tr("Team"));
    m_followUpHeading->setText(tr("Follow-ups due"));
    m_teamTable->setAccessibleName(tr("Team table"));
    m_followUpTable->setAccessibleName(tr("Follow-ups due"));
    showPatternsLine();
}

void CockpitView::showPatternsLine()
{
    const InsightsSession *session = m_workspace->insights();
    const int listed = session->listed();
    QString text;
    if (const auto compareTo = session->compareTo())
        text = tr("%n new pattern(s) since %1", nullptr, session->newShown()).arg(Format::date(*compareTo));
    else
        text = tr("%n pattern(s)", nullptr, listed);
    const QString all =
        session->compareTo() ? QStringLiteral(" \u00b7 ") + tr("%n in all", nullptr, listed) : QString();
    m_patterns->setText(QStringLiteral("<a href=\"insights\">%1</a>%2").arg(text.toHtmlEscaped(), all.toHtmlEscaped()));
    m_patterns->setToolTip(
        tr("Open the Insights view: patterns, anomalies, dichotomies and outliers with their evidence"));
    m_patterns->setVisible(m_workspace->hasData() && !session->isComputing() && (listed > 0 || session->compareTo()));
}

QString CockpitView::changesSince(const CockpitResult &result) const
{
    const QDate since = *result.previousAsOf;
    if (since == snapshotBefore(m_workspace->snapshotDates(), result.asOf))
        return tr("  ·  changes since %1").arg(Format::date(since));
    // Not the snapshot before the as-of (a fixed compare-to date): the span is said, so a
    // two-week change never reads as one week's.
    const qint64 days = since.daysTo(result.asOf);
    const QString span = days % 7 == 0 ? tr("%n week(s)", nullptr, int(days / 7)) : tr("%n day(s)", nullptr, int(days));
    return tr("  ·  changes since %1 (%2, fixed compare-to date)").arg(Format::date(since), span);
}

void CockpitView::showResults()
{
    const CockpitResult &result = m_workspace->cockpit();
    const QString currency = m_workspace->reportingCurrency();
    const Numbers &now = result.totals;
    const Numbers &before = result.previousTotals;
    const bool hasPrevious = result.previousAsOf.has_value();

    if (result.asOf.isValid()) {
        m_heading->setText(tr("%1 · Q%2 FY%3, as of %4")
                               .arg(m_workspace->scopeLabel())
                               .arg(result.period.quarter)
                               .arg(result.period.fiscalYear)
                               .arg(Translations::locale().toString(result.asOf, QLocale::LongFormat))
                           + (hasPrevious ? changesSince(result) : QString()));
    } else {
        m_heading->clear();
    }

    auto setMoneyTile = [&](Tile which, Cents value, Cents previous, bool upIsFavourable, const QString &detail,
                            bool drillable) {
        KpiTile *tile = m_tiles[size_t(which)];
        tile->setValue(Format::compactMoney(value, currency), detail);
        if (hasPrevious)
            tile->setDelta(Format::moneyDelta(value - previous, currency), trendOf(value - previous),
                           (value - previous > 0) == upIsFavourable);
        else
            tile->setDelta(tr("no earlier snapshot"), KpiTile::Trend::Neutral, true);
        tile->setDrillable(drillable);
    };
    setMoneyTile(Tile::Won, now.won, before.won, true, tr("%n deals", nullptr, now.wonCount), now.wonCount > 0);
    setMoneyTile(Tile::Commit, now.commit, before.commit, true,
                 tr("forecast %1").arg(Format::compactMoney(now.commitForecast, currency)), now.commitCount > 0);
    setMoneyTile(Tile::BestCase, now.bestCase, before.bestCase, true,
                 tr("forecast %1").arg(Format::compactMoney(now.bestCaseForecast, currency)), now.bestCaseCount > 0);
    setMoneyTile(Tile::Pipeline, now.pipeline, before.pipeline, true, tr("%n deals", nullptr, now.pipelineCount),
                 now.pipelineCount > 0);
    // No quota recorded (a Salesforce export has none) is no plan, not a plan of $0 already met.
    const QString noQuota = tr("no quota recorded");
    const QString noValue = QStringLiteral("\u2014");
    if (now.quotaRecorded()) {
        setMoneyTile(Tile::Quota, now.quota, before.quota, true,
                     now.attainment ? tr("%1 attained").arg(Format::percent(*now.attainment)) : QString(), false);
        setMoneyTile(Tile::Gap, now.gap, before.gap, false, QString(), false);
        // The quota rarely moves week to week; its second line is the attainment instead.
        if (now.quota == before.quota)
            m_tiles[size_t(Tile::Quota)]->setDelta(QString(), KpiTile::Trend::Neutral, true);
    } else {
        for (const Tile which : {Tile::Quota, Tile::Gap}) {
            KpiTile *tile = m_tiles[size_t(which)];
            tile->setValue(noValue, noQuota);
            tile->setDelta(QString(), KpiTile::Trend::Neutral, true);
            tile->setDrillable(false);
        }
    }

    KpiTile *coverage = m_tiles[size_t(Tile::Coverage)];
    coverage->setValue(now.coverage              ? Format::ratio(*now.coverage)
                           : now.quotaRecorded() ? tr("covered")
                                                 : noValue,
                       tr("target %1").arg(Format::ratio(result.coverageTarget)));
    if (hasPrevious && now.coverage && before.coverage) {
        const double delta = *now.coverage - *before.coverage;
        coverage->setDelta(tr("was %1").arg(Format::ratio(*before.coverage)),
                           delta > 0.05        ? KpiTile::Trend::Up
                               : delta < -0.05 ? KpiTile::Trend::Down
                                               : KpiTile::Trend::Neutral,
                           delta > 0);
    } else {
        coverage->setDelta(now.weightedCoverage ? tr("weighted %1").arg(Format::ratio(*now.weightedCoverage))
                                                : QString(),
                           KpiTile::Trend::Neutral, true);
    }
    coverage->setDrillable(now.commitCount + now.bestCaseCount + now.pipelineCount > 0);

    KpiTile *runRate = m_tiles[size_t(Tile::RunRate)];
    runRate->setValue(now.requiredWeeklyRunRate ? Format::compactMoney(*now.requiredWeeklyRunRate, currency)
                          : now.quotaRecorded() ? tr("n/a")
                                                : noValue,
                      tr("%n weeks left", nullptr, now.weeksLeft));
    runRate->setDelta(!now.quotaRecorded() ? noQuota
                          : now.covered()  ? tr("gap closed")
                                           : tr("per week"),
                      KpiTile::Trend::Neutral, true);
    runRate->setDrillable(false);

    m_pathChart->setPoints(result.pathToPlan, now.quotaRecorded() ? std::optional<Cents>(now.quota) : std::nullopt,
                           currency);
    m_coverageChart->setTeam(result.team, result.coverageTarget);
    const int rows = m_teamModel->rowCount();
    m_teamTable->setFixedHeight(m_teamTable->horizontalHeader()->sizeHint().height()
                                + m_teamTable->verticalHeader()->defaultSectionSize() * std::max(rows, 1) + 4);

    retranslateUi();
}

void CockpitView::drillTile(Tile which)
{
    const CockpitResult &result = m_workspace->cockpit();
    const Numbers::Drill &drill = result.totals.drill;
    switch (which) {
    case Tile::Won: m_workspace->drillInto(tr("Won deals"), drill.won); break;
    case Tile::Commit: m_workspace->drillInto(tr("Commit deals"), drill.commit); break;
    case Tile::BestCase: m_workspace->drillInto(tr("Best Case deals"), drill.bestCase); break;
    case Tile::Pipeline: m_workspace->drillInto(tr("Pipeline deals"), drill.pipeline); break;
    case Tile::Coverage:
        m_workspace->drillInto(tr("Open pipeline"), merged({&drill.commit, &drill.bestCase, &drill.pipeline}));
        break;
    default: break;
    }
}

void CockpitView::drillTeamCell(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_teamProxy->mapToSource(proxyIndex);
    const TeamRow &row = m_teamModel->teamRow(index.row());
    m_workspace->selectRep(row.repId);
    std::vector<qint32> deals = m_teamModel->dealsAt(index.row(), index.column());
    QString title = tr("%1: %2").arg(row.name, TeamTableModel::columnTitle(index.column()));
    if (deals.empty()) {
        const Numbers::Drill &drill = row.numbers.drill;
        deals = merged({&drill.won, &drill.commit, &drill.bestCase, &drill.pipeline});
        title = tr("Deals of %1").arg(row.name);
    }
    m_workspace->drillInto(title, deals);
}

} // namespace dmc::ui
