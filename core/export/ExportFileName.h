#pragma once

#include <QDate>
#include <QString>

namespace dmc {

struct FiscalPeriod;

// Default names of exported files, the same in the window and on the command line:
// "{YYYY-MM-DD}_{scope}_forecast-call-agenda.{ext}" and "{YYYY-MM-DD}_{rep}_coaching-pack.{ext}", dated by the
// as-of snapshot the document describes (not the day it was written), so two exports of the same week's data
// carry the same date and files sort by the week they are about.
class ExportFileName
{
public:
    // scopeKey as Scope::key() ("all", "district:East"); extension without the dot ("pdf").
    static QString agenda(const QDate &asOf, const QString &scopeKey, const QString &extension);
    static QString pack(const QDate &asOf, const QString &repId, const QString &extension);
    // "{YYYY-MM-DD}_{scope}_{period}_quarterly-review.{ext}", "..._monthly-review.{ext}" for a month
    // (period named by FiscalPeriod::key(): "2026Q3", "2026-08").
    static QString review(const QDate &asOf, const QString &scopeKey, const FiscalPeriod &period,
                          const QString &extension);
    // "{YYYY-MM-DD}_{scope}_{period}_quarterly-plan.{ext}".
    static QString quarterlyPlan(const QDate &asOf, const QString &scopeKey, const QString &periodKey,
                                 const QString &extension);
    // "{YYYY-MM-DD}_{id}_deal-brief.{ext}" and "{YYYY-MM-DD}_{id}_account-brief.{ext}".
    static QString dealBrief(const QDate &asOf, const QString &opportunityId, const QString &extension);
    static QString accountBrief(const QDate &asOf, const QString &accountId, const QString &extension);
    // "{YYYY-MM-DD}_{scope}_poc-digest.{ext}".
    static QString pocDigest(const QDate &asOf, const QString &scopeKey, const QString &extension);
    // A file-name-safe word: letters (any script) and digits kept, runs of anything else become
    // one '-', trimmed, at most 60 characters; "export" when nothing is left.
    static QString safePart(const QString &text);
};

} // namespace dmc
