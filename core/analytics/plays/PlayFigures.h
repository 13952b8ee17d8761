#pragma once

#include "domain/PlayRecords.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dmc {

// An eligible deal of a play: the steps due by its stage, done or missing.
struct PlayDealSteps
{
    qint32 deal = -1; // index into PlaysReport::deals
    int due = 0;
    int done = 0;
    std::vector<PlayStep> missing; // due and not done at the as-of
    bool adherent() const { return missing.empty(); }
};

// A partner whose recorded attributes match a play's, listed by name, never ranked.
struct PartnerMatch
{
    QString partnerId;
    QString partnerName;
    QStringList matched; // the values in common (capabilities, segments, vehicles)
    int coSellWon = 0;
    int coSellLost = 0;
};

struct PlayFigures
{
    Play play;
    std::vector<PlayStep> steps;      // in due-stage order
    std::vector<PlayDealSteps> deals; // the deals meeting the play's criteria
    int adherent = 0;
    std::optional<double> adherence; // adherent ÷ eligible
    std::vector<PartnerMatch> partners;
};

} // namespace dmc
