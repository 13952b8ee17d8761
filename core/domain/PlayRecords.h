#pragma once

#include "Money.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dmc {

// Partners, plays, compliance artifacts and deal tasks as the CRM records them (canonical
// partners.csv, opportunity_partners.csv, plays.csv, play_steps.csv, compliance.csv, tasks.csv;
// docs/definitions.md#plays-and-partners). Imported CRM data: read-only for the DM.

// Where a compliance artifact of a deal stands.
enum class ArtifactStatus : quint8 { NotStarted, InProgress, Done, NotRequired };
// Who owns a deal task.
enum class TaskRole : quint8 { AE, SE, Partner, CS };

QString artifactStatusKey(ArtifactStatus status); // "not_started" | "in_progress" | "done" | "not_required"
std::optional<ArtifactStatus> artifactStatusFromKey(const QString &key);
QString taskRoleKey(TaskRole role);                          // "ae" | "se" | "partner" | "cs"
std::optional<TaskRole> taskRoleFromKey(const QString &key); // case-insensitive
// A list cell ("SLED; Federal"): the parts between semicolons, trimmed, empty ones dropped.
QStringList splitListCell(const QString &cell);
QString joinListCell(const QStringList &list); // "a; b"

// A partner company with what it records it can do, for whom and through which contract vehicles.
struct Partner
{
    QString id;
    QString name;
    QStringList capabilities;
    QStringList segments;
    QStringList vehicles;
};

// A partner on a deal (Salesforce OpportunityPartner): its role, whether it is the deal's primary
// partner, and the dates that decide sourced or influenced.
struct OpportunityPartner
{
    QString opportunityId;
    QString partnerId;
    QString role;
    bool isPrimary = false;
    QDate registeredDate; // deal registration
    QDate firstTouchDate;
};

// A play: a named predicate over deal and account fields (an empty list matches any value),
// the partner attributes it looks for, and the compliance artifacts it requires by a stage.
struct Play
{
    QString id;
    QString name;
    QStringList segments;           // account segment
    QStringList industries;         // account industry
    QStringList types;              // deal type keys: new, expansion, renewal
    QStringList regions;            // the owner's region
    std::optional<Cents> minAmount; // in the reporting currency, inclusive
    std::optional<Cents> maxAmount; // exclusive
    QStringList capabilities;       // partner capabilities the play looks for
    QStringList vehicles;           // contract vehicles the play looks for
    QStringList artifacts;          // compliance artifacts the play requires (ids)
    QString artifactStage;          // the stage by which each of them is started
};

// A step of a play, due by a stage.
struct PlayStep
{
    QString id;
    QString playId;
    QString title;
    QString dueStage;
};

// One compliance artifact of one deal.
struct ComplianceRecord
{
    QString opportunityId;
    QString artifact; // id from the artifact list
    ArtifactStatus status = ArtifactStatus::NotStarted;
    QDate started;
    QDate done;
};

// A task of a deal across AE, SE, partner and customer success; it may wait for another task of
// the same deal and may carry out a play step.
struct DealTask
{
    QString id;
    QString opportunityId;
    TaskRole ownerRole = TaskRole::AE;
    QString title;
    QDate due;
    QDate done;
    QString dependsOn; // a task id of the same deal, or empty
    QString stepId;    // the play step it carries out, or empty
};

// All play and partner data of one import or one database.
struct PlayRecords
{
    std::vector<Partner> partners;
    std::vector<OpportunityPartner> opportunityPartners;
    std::vector<Play> plays;
    std::vector<PlayStep> steps;
    std::vector<ComplianceRecord> compliance;
    std::vector<DealTask> tasks;

    bool isEmpty() const
    {
        return partners.empty() && opportunityPartners.empty() && plays.empty() && compliance.empty() && tasks.empty();
    }
};

} // namespace dmc
