#pragma once

#include "AccountBrief.h"
#include "DealBrief.h"
#include "export/render/Report.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dmc {

// Lays out a deal's or an account's brief as a one-page Report in the current language: the
// numbers first, then only the parts that hold something. Amounts in whole reporting-currency
// units; imported text (names, notes, next steps) as imported; every generated sentence describes.
class BriefReport
{
    Q_DECLARE_TR_FUNCTIONS(dmc::BriefReport)

public:
    static Report deal(const DealBrief &brief, const QDateTime &generatedAt);
    static Report account(const AccountBrief &brief, const QDateTime &generatedAt);
};

} // namespace dmc
