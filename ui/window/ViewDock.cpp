#include "ViewDock.h"

#include <QEvent>

#include <utility>

namespace dmc::ui {

ViewDock::ViewDock(DockId id, ContentFactory createContent, QWidget *parent)
    : QDockWidget(parent)
    , m_id(id)
    , m_createContent(std::move(createContent))
{
    setObjectName(objectNameFor(id));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    // Shown, or its tab chosen: the view is there before the dock paints.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            content();
    });
    retranslateUi();
}

QWidget *ViewDock::content()
{
    if (m_createContent)
        setWidget(std::exchange(m_createContent, {})());
    return widget();
}

QString ViewDock::objectNameFor(DockId id)
{
    switch (id) {
    case DockId::Cockpit: return QStringLiteral("CockpitDock");
    case DockId::InspectionQueue: return QStringLiteral("InspectionQueueDock");
    case DockId::DealDetail: return QStringLiteral("DealDetailDock");
    case DockId::PipelineChanges: return QStringLiteral("PipelineChangesDock");
    case DockId::CoachingPack: return QStringLiteral("CoachingPackDock");
    case DockId::RenewalWatchlist: return QStringLiteral("RenewalWatchlistDock");
    case DockId::ForecastAccuracy: return QStringLiteral("ForecastAccuracyDock");
    case DockId::RiskFilters: return QStringLiteral("RiskFiltersDock");
    case DockId::Insights: return QStringLiteral("InsightsDock");
    case DockId::PocBoard: return QStringLiteral("PocBoardDock");
    case DockId::QuarterlyReview: return QStringLiteral("QuarterlyReviewDock");
    case DockId::TerritoryCapacity: return QStringLiteral("TerritoryCapacityDock");
    case DockId::PlaysPartners: return QStringLiteral("PlaysPartnersDock");
    case DockId::History: return QStringLiteral("HistoryDock");
    }
    return {};
}

QString ViewDock::titleFor(DockId id)
{
    switch (id) {
    case DockId::Cockpit: return tr("Cockpit");
    case DockId::InspectionQueue: return tr("Inspection queue");
    case DockId::DealDetail: return tr("Deal detail");
    case DockId::PipelineChanges: return tr("Pipeline changes");
    case DockId::CoachingPack: return tr("Coaching pack");
    case DockId::RenewalWatchlist: return tr("Renewal watchlist");
    case DockId::ForecastAccuracy: return tr("Forecast accuracy");
    case DockId::RiskFilters: return tr("Risk filters");
    case DockId::Insights: return tr("Insights");
    case DockId::PocBoard: return tr("POC board");
    case DockId::QuarterlyReview: return tr("Quarterly review");
    // "and", not '&': a dock's tab reads '&' as a mnemonic, its title bar does not.
    case DockId::TerritoryCapacity: return tr("Territory and capacity");
    case DockId::PlaysPartners: return tr("Plays and partners");
    case DockId::History: return tr("History");
    }
    return {};
}

void ViewDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void ViewDock::retranslateUi()
{
    setWindowTitle(titleFor(m_id));
    toggleViewAction()->setText(windowTitle());
}

} // namespace dmc::ui
