#pragma once

#include <array>

namespace dmc::ui {

// The views of the cockpit window, in View-menu order (Ctrl+1 .. Ctrl+9, then Ctrl+0).
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
};

inline constexpr std::array<DockId, 10> allDockIds{
    DockId::Cockpit,      DockId::InspectionQueue,  DockId::DealDetail,       DockId::PipelineChanges,
    DockId::CoachingPack, DockId::RenewalWatchlist, DockId::ForecastAccuracy, DockId::RiskFilters,
    DockId::Insights,     DockId::QuarterlyReview,
};

} // namespace dmc::ui
