#include "DataField.h"

#include <array>

namespace dmc {

namespace {

constexpr std::array<const char *, DataFieldCount> Keys{
    "close_date",
    "amount",
    "stage_entered_date",
    "last_activity_date",
    "snapshot_history",
    "security_review",
    "legal_review",
    "poc_status",
    "poc_dates",
    "meddpicc_metrics",
    "meddpicc_economic_buyer",
    "meddpicc_decision_criteria",
    "meddpicc_decision_process",
    "meddpicc_paper_process",
    "meddpicc_identify_pain",
    "meddpicc_champion",
    "meddpicc_competition",
    "health_reading",
    "renewal_date",
    "poc_records",
    "play_steps",
    "play_artifacts",
    "compliance_records",
    "deal_tasks",
};

} // namespace

QString dataFieldKey(DataField field)
{
    return QLatin1String(Keys[size_t(field)]);
}

std::optional<DataField> dataFieldFromKey(QStringView key)
{
    for (size_t i = 0; i < Keys.size(); ++i)
        if (key == QLatin1String(Keys[i]))
            return DataField(i);
    return std::nullopt;
}

DataField meddpiccField(MeddpiccElement element)
{
    return DataField(int(DataField::MeddpiccMetrics) + int(element));
}

std::optional<MeddpiccElement> meddpiccElementOf(DataField field)
{
    const int offset = int(field) - int(DataField::MeddpiccMetrics);
    if (offset < 0 || offset >= MeddpiccElementCount)
        return std::nullopt;
    return MeddpiccElement(offset);
}

} // namespace dmc
