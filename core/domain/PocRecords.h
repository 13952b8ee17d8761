#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace dmc {

// A proof of concept as the CRM records it (canonical pocs.csv and its three child files;
// docs/definitions.md#pocs). Imported CRM data: read-only for the DM.
enum class PocPhase : quint8 { Planned, Active, Complete, Stopped };
// The outcome as the customer recorded it; empty while there is none.
enum class PocOutcome : quint8 { TechnicalWin, TechnicalLoss, NoDecision };
enum class CriterionResult : quint8 { Open, Met, NotMet };
enum class TaskSide : quint8 { Buyer, Seller };

QString pocPhaseKey(PocPhase phase); // "planned" | "active" | "complete" | "stopped"
std::optional<PocPhase> pocPhaseFromKey(const QString &key);
QString pocOutcomeKey(PocOutcome outcome);                       // "technical_win" | "technical_loss" | "no_decision"
QString pocOutcomeKey(const std::optional<PocOutcome> &outcome); // "" for none
std::optional<PocOutcome> pocOutcomeFromKey(const QString &key);
QString criterionResultKey(CriterionResult result); // "open" | "met" | "not_met"
std::optional<CriterionResult> criterionResultFromKey(const QString &key);
QString taskSideKey(TaskSide side); // "buyer" | "seller"
std::optional<TaskSide> taskSideFromKey(const QString &key);

struct PocRecord
{
    QString id;
    QString opportunityId;
    PocPhase phase = PocPhase::Planned;
    std::optional<PocOutcome> outcome;
    QDate start;
    QDate plannedEnd;
    QDate actualEnd;
    QDate environmentReady;      // the date the evaluation environment was ready
    bool dataReady = false;      // the customer's data for the evaluation is available
    QString evaluator;           // who evaluates on the customer's side; empty: nobody named
    bool exitPlan = false;       // an exit / rollback plan is written down
    bool nextStepAgreed = false; // the next step on success is agreed
    QDate goLive;                // production go-live, when the CRM has it (rarely)
};

// One success criterion of a POC. Measurable when metric and target are both present.
struct PocCriterion
{
    QString id;
    QString pocId;
    QString objective;
    QString metric;
    QString target;
    QString method;   // how it is measured
    QString evidence; // what was shown
    CriterionResult result = CriterionResult::Open;
    QDate resultDate;   // when the result was recorded
    QDate recordedDate; // when the criterion was first written down
    QDate changedDate;  // when it was last changed (empty: never since recorded)

    bool isMeasurable() const { return !metric.isEmpty() && !target.isEmpty(); }
};

// A check-in of a POC: planned, held, or both (a check-in held without being planned has no
// planned date).
struct PocCheckIn
{
    QString id;
    QString pocId;
    QDate plannedDate;
    QDate heldDate;
    QString note;
};

// A mutual action plan task: who owns it (buyer or seller), when it is due and when it was done.
struct PocTask
{
    QString id;
    QString pocId;
    TaskSide side = TaskSide::Buyer;
    QString title;
    QDate dueDate;
    QDate doneDate; // empty: not done
};

// All POC data of one import or one database.
struct PocRecords
{
    std::vector<PocRecord> pocs;
    std::vector<PocCriterion> criteria;
    std::vector<PocCheckIn> checkIns;
    std::vector<PocTask> tasks;

    bool isEmpty() const { return pocs.empty(); }
};

} // namespace dmc
