#include "CanonicalExporter.h"

#include "csv/CsvWriter.h"
#include "domain/Meddpicc.h"
#include "store/CrmReader.h"
#include "store/PlayReader.h"
#include "store/PocReader.h"
#include "store/QualificationHistoryStore.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>

namespace dmc {

namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString real(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

void addAmount(CsvWriter &row, const std::optional<Cents> &amount)
{
    if (amount)
        row.addMoney(*amount);
    else
        row.addEmpty();
}

// One file of the export, its rows written in chunks so a 5M-row snapshot table never sits in
// memory as text; committed only when every row is in (QSaveFile).
class CsvFile
{
public:
    explicit CsvFile(const QString &path)
        : m_file(path)
    {
    }

    bool open(const QStringList &header)
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return false;
        CsvWriter headerRow;
        headerRow.addRow(header);
        m_file.write(headerRow.toUtf8());
        return true;
    }
    CsvWriter &row() { return m_chunk; }
    void endRow()
    {
        m_chunk.endRow();
        if (++m_inChunk == 10000) {
            m_file.write(m_chunk.toUtf8());
            m_chunk = CsvWriter();
            m_inChunk = 0;
        }
    }
    bool commit()
    {
        m_file.write(m_chunk.toUtf8());
        return m_file.commit();
    }
    QString errorString() const { return m_file.errorString(); }

private:
    QSaveFile m_file;
    CsvWriter m_chunk;
    int m_inChunk = 0;
};

QStringList columns(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

} // namespace

CanonicalExporter::CanonicalExporter(const Database &database)
    : m_database(database)
{
}

Result<QStringList> CanonicalExporter::exportTo(const QString &directory)
{
    Error error;
    error.kind = Error::Kind::Usage;
    error.file = directory;
    if (!QDir().mkpath(directory)) {
        error.message = tr("cannot create the folder");
        return error;
    }
    using Order = CrmReader::Order;
    const CrmReader reader(m_database);
    QStringList written;

    // Writes one file: the header, then the rows `fill` reads from the store into it.
    auto writeFile = [&](const char *name, const QStringList &header,
                         const std::function<Status(CsvFile &)> &fill) -> Status {
        const QString path = QDir(directory).filePath(QString::fromLatin1(name));
        CsvFile file(path);
        if (!file.open(header)) {
            error.file = path;
            error.message = tr("cannot write the file (%1)").arg(file.errorString());
            return error;
        }
        if (Status read = fill(file); !read)
            return read;
        if (!file.commit()) {
            error.file = path;
            error.message = tr("cannot write the file (%1)").arg(file.errorString());
            return error;
        }
        written << path;
        return Done{};
    };

    std::vector<CurrencyRate> rates;
    if (Status read = reader.readCurrencyRates([&](const CurrencyRate &rate) { rates.push_back(rate); }); !read)
        return read.error();

    QStringList opportunityHeader = columns({"id", "account_id", "owner_id", "name", "type", "stage", "category",
                                             "amount", "currency", "close_date", "created_date", "stage_entered_date",
                                             "last_activity_date", "next_step", "source", "partner"});
    // MEDDPICC columns sit after `partner`, as in the format's table.
    for (int i = 0; i < MeddpiccElementCount; ++i) {
        const QString key = QStringLiteral("meddpicc_") + meddpiccKey(static_cast<MeddpiccElement>(i));
        opportunityHeader << key << key + QStringLiteral("_note");
    }
    opportunityHeader << columns({"poc_status", "poc_start", "poc_planned_end", "poc_last_check_in",
                                  "poc_success_criteria", "security_review", "legal_review", "loss_reason",
                                  "competitor"});

    Status done =
        writeFile("stages.csv", columns({"name", "probability", "sort_order", "is_won", "is_lost"}), [&](CsvFile &file) {
            return reader.readStages([&](const Stage &stage) {
                file.row().addText(stage.name).addNumber(qint64(stage.probability)).addNumber(qint64(stage.sortOrder));
                file.row().addNumber(qint64(stage.isWon)).addNumber(qint64(stage.isLost));
                file.endRow();
            });
        });
    if (done)
        done = writeFile("currency_rates.csv", columns({"code", "rate", "is_reporting"}), [&](CsvFile &file) {
            for (const CurrencyRate &rate : rates) {
                if (rate.startDate.isValid())
                    continue;
                file.row().addText(rate.code).addText(real(rate.rate)).addNumber(qint64(rate.isReporting));
                file.endRow();
            }
            return Status(Done{});
        });
    if (done)
        done = writeFile("dated_currency_rates.csv", columns({"code", "start_date", "rate"}), [&](CsvFile &file) {
            for (const CurrencyRate &rate : rates) {
                if (!rate.startDate.isValid())
                    continue;
                file.row().addText(rate.code).addText(isoDate(rate.startDate)).addText(real(rate.rate));
                file.endRow();
            }
            return Status(Done{});
        });
    QHash<QString, RepEmployment> employment;
    if (done)
        done = reader.readRepEmployment([&](const RepEmployment &e) { employment.insert(e.repId, e); });
    if (done)
        done = writeFile("reps.csv",
                         columns({"id", "name", "district", "region", "role", "ramp_start", "end_date", "planned"}),
                         [&](CsvFile &file) {
                             return reader.readReps([&](const Rep &rep) {
                                 const RepEmployment e = employment.value(rep.id);
                                 file.row().addText(rep.id).addText(rep.name).addText(rep.district).addText(rep.region);
                                 file.row().addText(rep.role).addText(isoDate(rep.rampStart));
                                 file.row().addText(isoDate(e.endDate)).addNumber(qint64(e.planned));
                                 file.endRow();
                             });
                         });
    if (done)
        done = writeFile("ramp_curves.csv", columns({"role", "month", "percent"}), [&](CsvFile &file) {
            return reader.readRampCurves([&](const RampCurvePoint &point) {
                file.row().addText(point.role).addNumber(qint64(point.month)).addNumber(qint64(point.percent));
                file.endRow();
            });
        });
    if (done)
        // Stored quotas are in the reporting currency: the currency cell stays empty, as it means.
        done = writeFile("quotas.csv", columns({"rep_id", "period", "amount", "currency"}), [&](CsvFile &file) {
            return reader.readQuotas(Order::Key, [&](const Quota &quota) {
                file.row().addText(quota.repId).addText(quota.period).addMoney(quota.amount).addText(QString());
                file.endRow();
            });
        });
    if (done)
        done = writeFile("accounts.csv",
                         columns({"id", "name", "segment", "industry", "arr", "currency", "renewal_date",
                                  "executive_sponsor"}),
                         [&](CsvFile &file) {
                             return reader.readAccounts([&](const Account &account) {
                                 file.row().addText(account.id).addText(account.name).addText(account.segment);
                                 file.row().addText(account.industry).addMoney(account.arr).addText(account.currency);
                                 file.row().addText(isoDate(account.renewalDate)).addText(account.executiveSponsor);
                                 file.endRow();
                             });
                         });
    if (done)
        done = writeFile("account_owners.csv", columns({"account_id", "rep_id", "from_date"}), [&](CsvFile &file) {
            return reader.readAccountOwners([&](const AccountOwner &owner) {
                file.row().addText(owner.accountId).addText(owner.repId).addText(isoDate(owner.from));
                file.endRow();
            });
        });
    if (done)
        done = writeFile("health_readings.csv", columns({"account_id", "reading_date", "score"}), [&](CsvFile &file) {
            return reader.readHealthReadings(Order::Key, [&](const HealthReading &reading) {
                file.row().addText(reading.accountId).addText(isoDate(reading.date));
                file.row().addNumber(qint64(reading.score));
                file.endRow();
            });
        });
    if (done)
        done = writeFile("opportunities.csv", opportunityHeader, [&](CsvFile &file) {
            return reader.readOpportunities([&](const Opportunity &o) {
                CsvWriter &row = file.row();
                row.addText(o.id).addText(o.accountId).addText(o.ownerId).addText(o.name);
                row.addText(dealTypeKey(o.type)).addText(o.stage).addText(forecastCategoryKey(o.category));
                addAmount(row, o.amount);
                row.addText(o.currency).addText(isoDate(o.closeDate)).addText(isoDate(o.createdDate));
                row.addText(isoDate(o.stageEnteredDate)).addText(isoDate(o.lastActivityDate));
                row.addText(o.nextStep).addText(o.source).addText(o.partner);
                for (const MeddpiccEntry &entry : o.meddpicc)
                    row.addText(evidenceLevelKey(entry.level)).addText(entry.note); // "": no level given
                row.addText(pocStatusKey(o.poc.status)).addText(isoDate(o.poc.start));
                row.addText(isoDate(o.poc.plannedEnd)).addText(isoDate(o.poc.lastCheckIn));
                row.addNumber(qint64(o.poc.successCriteriaDefined));
                row.addText(reviewStatusKey(o.securityReview)).addText(reviewStatusKey(o.legalReview));
                row.addText(o.lossReason).addText(o.competitor);
                file.endRow();
            });
        });
    if (done) {
        // The qualification change points, with the same keys as opportunities.csv's columns.
        QStringList header = columns({"opportunity_id", "valid_from"});
        for (int i = 0; i < MeddpiccElementCount; ++i)
            header << QStringLiteral("meddpicc_") + meddpiccKey(static_cast<MeddpiccElement>(i));
        header << columns({"poc_status", "poc_start", "poc_planned_end", "poc_last_check_in", "poc_success_criteria",
                           "security_review", "legal_review", "next_step"});
        done = writeFile("qualification_history.csv", header, [&](CsvFile &file) -> Status {
            auto records = QualificationHistoryStore(m_database).read();
            if (!records)
                return records.error();
            for (const QualificationRecord &record : records.value()) {
                const QualificationState &state = record.state;
                CsvWriter &row = file.row();
                row.addText(record.opportunityId).addText(isoDate(record.validFrom));
                for (const std::optional<EvidenceLevel> &level : state.meddpicc)
                    row.addText(evidenceLevelKey(level));
                row.addText(pocStatusKey(state.poc.status)).addText(isoDate(state.poc.start));
                row.addText(isoDate(state.poc.plannedEnd)).addText(isoDate(state.poc.lastCheckIn));
                row.addNumber(qint64(state.poc.successCriteriaDefined));
                row.addText(reviewStatusKey(state.securityReview)).addText(reviewStatusKey(state.legalReview));
                row.addText(state.nextStep);
                file.endRow();
            }
            return Done{};
        });
    }
    if (done)
        done = writeFile("snapshots.csv",
                         columns({"as_of", "opportunity_id", "owner_id", "stage", "category", "amount", "currency",
                                  "close_date", "stage_entered_date", "last_activity_date"}),
                         [&](CsvFile &file) {
                             return reader.readSnapshots(Order::Key, [&](const CrmReader::Utf8Snapshot &snapshot) {
                                 CsvWriter &row = file.row();
                                 for (QByteArrayView text : {snapshot.asOf, snapshot.opportunityId, snapshot.ownerId,
                                                             snapshot.stage, snapshot.category})
                                     row.addText(QString::fromUtf8(text));
                                 addAmount(row, snapshot.amount);
                                 for (QByteArrayView text : {snapshot.currency, snapshot.closeDate,
                                                             snapshot.stageEnteredDate, snapshot.lastActivityDate})
                                     row.addText(QString::fromUtf8(text));
                                 file.endRow();
                             });
                         });
    if (done)
        done = writeFile("forecast_calls.csv",
                         columns({"rep_id", "period", "week_start", "commit_amount", "best_case_amount"}),
                         [&](CsvFile &file) {
                             return reader.readForecastCalls(Order::Key, [&](const ForecastCall &call) {
                                 file.row().addText(call.repId).addText(call.period).addText(isoDate(call.weekStart));
                                 file.row().addMoney(call.commit).addMoney(call.bestCase);
                                 file.endRow();
                             });
                         });
    if (!done)
        return done.error();

    // POCs and their rows (schema 8 on; an older read-only file writes the headers only).
    auto pocs = PocReader(m_database).read();
    if (!pocs)
        return pocs.error();
    done =
        writeFile("pocs.csv",
                  columns({"id", "opportunity_id", "status", "outcome", "start_date", "planned_end", "actual_end",
                           "environment_ready", "data_ready", "evaluator", "exit_plan", "next_step_agreed", "go_live"}),
                  [&](CsvFile &file) -> Status {
                      for (const PocRecord &p : pocs->pocs) {
                          CsvWriter &row = file.row();
                          row.addText(p.id).addText(p.opportunityId).addText(pocPhaseKey(p.phase));
                          row.addText(pocOutcomeKey(p.outcome)).addText(isoDate(p.start));
                          row.addText(isoDate(p.plannedEnd)).addText(isoDate(p.actualEnd));
                          row.addText(isoDate(p.environmentReady)).addNumber(qint64(p.dataReady));
                          row.addText(p.evaluator).addNumber(qint64(p.exitPlan)).addNumber(qint64(p.nextStepAgreed));
                          row.addText(isoDate(p.goLive));
                          file.endRow();
                      }
                      return Done{};
                  });
    if (done)
        done = writeFile("poc_criteria.csv",
                         columns({"id", "poc_id", "objective", "metric", "target", "method", "evidence", "result",
                                  "result_date", "recorded_date", "changed_date"}),
                         [&](CsvFile &file) -> Status {
                             for (const PocCriterion &c : pocs->criteria) {
                                 CsvWriter &row = file.row();
                                 row.addText(c.id).addText(c.pocId).addText(c.objective).addText(c.metric);
                                 row.addText(c.target).addText(c.method).addText(c.evidence);
                                 row.addText(criterionResultKey(c.result)).addText(isoDate(c.resultDate));
                                 row.addText(isoDate(c.recordedDate)).addText(isoDate(c.changedDate));
                                 file.endRow();
                             }
                             return Done{};
                         });
    if (done)
        done = writeFile("poc_checkins.csv", columns({"id", "poc_id", "planned_date", "held_date", "note"}),
                         [&](CsvFile &file) -> Status {
                             for (const PocCheckIn &c : pocs->checkIns) {
                                 file.row().addText(c.id).addText(c.pocId).addText(isoDate(c.plannedDate));
                                 file.row().addText(isoDate(c.heldDate)).addText(c.note);
                                 file.endRow();
                             }
                             return Done{};
                         });
    if (done)
        done = writeFile("poc_tasks.csv", columns({"id", "poc_id", "side", "title", "due_date", "done_date"}),
                         [&](CsvFile &file) -> Status {
                             for (const PocTask &t : pocs->tasks) {
                                 file.row().addText(t.id).addText(t.pocId).addText(taskSideKey(t.side));
                                 file.row().addText(t.title).addText(isoDate(t.dueDate)).addText(isoDate(t.doneDate));
                                 file.endRow();
                             }
                             return Done{};
                         });
    if (!done)
        return done.error();

    // Plays and partners (schema 10 on; an older read-only file writes the headers only).
    auto plays = PlayReader(m_database).read();
    if (!plays)
        return plays.error();
    done = writeFile("partners.csv", columns({"id", "name", "capabilities", "segments", "vehicles"}),
                     [&](CsvFile &file) -> Status {
                         for (const Partner &p : plays->partners) {
                             file.row().addText(p.id).addText(p.name).addText(joinListCell(p.capabilities));
                             file.row().addText(joinListCell(p.segments)).addText(joinListCell(p.vehicles));
                             file.endRow();
                         }
                         return Done{};
                     });
    if (done)
        done = writeFile("opportunity_partners.csv",
                         columns({"opportunity_id", "partner_id", "role", "is_primary", "registered_date",
                                  "first_touch_date"}),
                         [&](CsvFile &file) -> Status {
                             for (const OpportunityPartner &p : plays->opportunityPartners) {
                                 file.row().addText(p.opportunityId).addText(p.partnerId).addText(p.role);
                                 file.row().addNumber(qint64(p.isPrimary)).addText(isoDate(p.registeredDate));
                                 file.row().addText(isoDate(p.firstTouchDate));
                                 file.endRow();
                             }
                             return Done{};
                         });
    if (done)
        done = writeFile("plays.csv",
                         columns({"id", "name", "segments", "industries", "types", "regions", "min_amount",
                                  "max_amount", "capabilities", "vehicles", "artifacts", "artifact_stage"}),
                         [&](CsvFile &file) -> Status {
                             for (const Play &p : plays->plays) {
                                 CsvWriter &row = file.row();
                                 row.addText(p.id).addText(p.name).addText(joinListCell(p.segments));
                                 row.addText(joinListCell(p.industries)).addText(joinListCell(p.types));
                                 row.addText(joinListCell(p.regions));
                                 addAmount(row, p.minAmount);
                                 addAmount(row, p.maxAmount);
                                 row.addText(joinListCell(p.capabilities)).addText(joinListCell(p.vehicles));
                                 row.addText(joinListCell(p.artifacts)).addText(p.artifactStage);
                                 file.endRow();
                             }
                             return Done{};
                         });
    if (done)
        done =
            writeFile("play_steps.csv", columns({"id", "play_id", "title", "due_stage"}), [&](CsvFile &file) -> Status {
                for (const PlayStep &p : plays->steps) {
                    file.row().addText(p.id).addText(p.playId).addText(p.title).addText(p.dueStage);
                    file.endRow();
                }
                return Done{};
            });
    if (done)
        done = writeFile("compliance.csv", columns({"opportunity_id", "artifact", "status", "started", "done"}),
                         [&](CsvFile &file) -> Status {
                             for (const ComplianceRecord &c : plays->compliance) {
                                 file.row().addText(c.opportunityId).addText(c.artifact);
                                 file.row().addText(artifactStatusKey(c.status)).addText(isoDate(c.started));
                                 file.row().addText(isoDate(c.done));
                                 file.endRow();
                             }
                             return Done{};
                         });
    if (done)
        done =
            writeFile("tasks.csv",
                      columns({"id", "opportunity_id", "owner_role", "title", "due", "done", "depends_on", "step_id"}),
                      [&](CsvFile &file) -> Status {
                          for (const DealTask &t : plays->tasks) {
                              file.row().addText(t.id).addText(t.opportunityId).addText(taskRoleKey(t.ownerRole));
                              file.row().addText(t.title).addText(isoDate(t.due)).addText(isoDate(t.done));
                              file.row().addText(t.dependsOn).addText(t.stepId);
                              file.endRow();
                          }
                          return Done{};
                      });
    if (!done)
        return done.error();
    return written;
}

} // namespace dmc
