#pragma once

#include <array>

namespace dmc::ui {

// The views of the cockpit window, in View-menu order (Ctrl+1 .. Ctrl+9, then Ctrl+0; the ones after
// the tenth only from the View and Go menus).
enum class DockId {
    Cockpit,
    InspectionQueue,
    DealDetail,
    PipelineChanges,
    CoachingPack,
    RenewalWatchlist,
    ForecastAccuracy,
    RiskFilters,
    Insights,
    QuarterlyReview,
    PocBoard,
    TerritoryCapacity,
    PlaysPartners,
    History,
};

inline constexpr std::array<DockId, 14> allDockIds{
    DockId::Cockpit,       DockId::InspectionQueue,  DockId::DealDetail,       DockId::PipelineChanges,
    DockId::CoachingPack,  DockId::RenewalWatchlist, DockId::ForecastAccuracy, DockId::RiskFilters,
    DockId::Insights,      DockId::QuarterlyReview,  DockId::PocBoard,         DockId::TerritoryCapacity,
    DockId::PlaysPartners, DockId::History,
};

} // namespace dmc::ui
