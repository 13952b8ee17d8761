#pragma once

#include "ForecastCategory.h"
#include "Meddpicc.h"
#include "Money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace dmc {

enum class DealType : quint8 { New, Expansion, Renewal };
enum class PocStatus : quint8 { None, Planned, Active, Complete, Failed };
enum class ReviewStatus : quint8 { NotStarted, InProgress, Complete, NotRequired };

QString dealTypeKey(DealType type); // "new" | "expansion" | "renewal"
std::optional<DealType> dealTypeFromKey(const QString &key);
QString pocStatusKey(PocStatus status); // "none" | "planned" | "active" | "complete" | "failed"
std::optional<PocStatus> pocStatusFromKey(const QString &key);
QString reviewStatusKey(ReviewStatus status); // "not_started" | "in_progress" | "complete" | "not_required"
std::optional<ReviewStatus> reviewStatusFromKey(const QString &key);
// The same keys for a value the export may not have given: "" when it did not.
QString pocStatusKey(const std::optional<PocStatus> &status);
QString reviewStatusKey(const std::optional<ReviewStatus> &status);

struct Poc
{
    std::optional<PocStatus> status; // empty: the export gave no POC status
    QDate start;
    QDate plannedEnd;
    QDate lastCheckIn;
    bool successCriteriaDefined = false;
};

// A deal as the latest import knows it. Imported CRM data is read-only:
// nothing a DM does writes to this record.
struct Opportunity
{
    QString id;
    QString accountId; // may be empty: real exports have open deals without an account
    QString ownerId;
    QString name;
    DealType type = DealType::New;
    QString stage;
    ForecastCategory category = ForecastCategory::Pipeline;
    std::optional<Cents> amount; // empty amounts are real and valid
    QString currency;            // empty means the reporting currency
    QDate closeDate;             // may be null for early deals
    QDate createdDate;
    QDate stageEnteredDate;
    QDate lastActivityDate;
    QString nextStep;
    QString source;  // lead source
    QString partner; // partner account, when partner sourced / influenced
    // Why a lost deal was lost and to whom, as the CRM wrote them (Salesforce Loss_Reason__c
    // style); empty when the export has no such field or no value.
    QString lossReason;
    QString competitor;
    Meddpicc meddpicc;
    Poc poc;
    // Empty when the export gave no value (a blank cell or a column it lacks): a deal without a
    // value reads as not started, and a field no deal has makes the filters reading it unavailable.
    std::optional<ReviewStatus> securityReview;
    std::optional<ReviewStatus> legalReview;
    // Where the row came from, so a view can show the import row behind a deal.
    qint64 importId = 0;
    QString sourceFile;
    qint64 sourceLine = 0;
};

} // namespace dmc
