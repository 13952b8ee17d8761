#include "RiskDescriber.h"

#include "analytics/plays/ComplianceArtifacts.h"
#include "analytics/poc/PocChecklist.h"
#include "analytics/text/TermLabels.h"
#include "analytics/text/TextFormat.h"

#include <QStringList>

namespace dmc {

namespace {

// An element and its level inside a sentence, translated as one phrase so each language can
// agree the words: "Champion (confirmed)"; in Russian «чемпион подтверждён» (the participle
// agrees with the element: боль клиента подтверждена, метрики подтверждены).
QString meddpiccStatusPhrase(MeddpiccElement element, EvidenceLevel level)
{
    static const char *const phrases[MeddpiccElementCount][3] = {
        {QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Metrics (none)"),
         QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Metrics (partial)"),
         QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Metrics (confirmed)")},
        {QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Economic buyer (none)"),
         QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Economic buyer (partial)"),
         QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Economic buyer (confirmed)")},
        {QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Decision criteria (none)"),
         QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Decision criteria (partial)"),
         QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Decision criteria (confirmed)")},
        {QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Decision process (none)"),
         QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Decision process (partial)"),
         QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Decision process (confirmed)")},
        {QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Paper process (none)"),
         QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Paper process (partial)"),
         QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Paper process (confirmed)")},
        {QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Identify pain (none)"),
         QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Identify pain (partial)"),
         QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Identify pain (confirmed)")},
        {QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Champion (none)"),
         QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Champion (partial)"),
         QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Champion (confirmed)")},
        {QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Competition (none)"),
         QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Competition (partial)"),
         QT_TRANSLATE_NOOP("dmc::MeddpiccStatus", "Competition (confirmed)")},
    };
    return QCoreApplication::translate("dmc::MeddpiccStatus", phrases[int(element)][int(level)]);
}

QString elementList(const RiskHit &hit)
{
    QStringList parts;
    for (const auto &element : hit.elements)
        parts << meddpiccStatusPhrase(element.element, element.level);
    return parts.join(QStringLiteral(", "));
}

QString dateOrDash(const QDate &date)
{
    return TextFormat::date(date);
}

// How far a close date lies from the as-of date, for the parentheses after the date.
QString daysFromAsOf(qint64 days)
{
    if (days == 0)
        return RiskDescriber::tr("the as-of date");
    return days > 0 ? RiskDescriber::tr("%n day(s) after the as-of date", nullptr, int(days))
                    : RiskDescriber::tr("%n day(s) before the as-of date", nullptr, int(-days));
}

} // namespace

QString RiskDescriber::reviewStatusName(const QString &key)
{
    if (key == QLatin1String("not_started"))
        return tr("not started");
    if (key == QLatin1String("in_progress"))
        return tr("in progress");
    if (key == QLatin1String("complete"))
        return tr("complete");
    if (key == QLatin1String("not_required"))
        return tr("not required");
    return key;
}

QString RiskDescriber::describe(const RiskHit &hit, const QString &currency)
{
    const QString &id = hit.ruleId;
    auto n = [&](const char *key) { return int(hit.number(QLatin1String(key))); };
    auto d = [&](const char *key) { return dateOrDash(hit.date(QLatin1String(key))); };
    auto num = [&](const char *key) { return TextFormat::number(hit.number(QLatin1String(key))); };
    auto text = [&](const QString &key) {
        const RiskFact *fact = hit.fact(key);
        return fact ? fact->text : QString();
    };

    if (id == QLatin1String("stale_stage")) {
        const RiskFact *stage = hit.fact(QStringLiteral("stage"));
        const QString text = tr("In %1 since %2: %n day(s) (limit %3).", nullptr, n("days"))
                                 .arg(TermLabels::stage(stage ? stage->text : hit.stage), d("entered"), num("limit"));
        if (hit.fact(QStringLiteral("entered_source")))
            return text + u' ' + tr("Entered date taken from the first snapshot in this stage.");
        return text;
    }
    if (id == QLatin1String("close_date_pushed")) {
        QStringList moves;
        for (const auto &move : hit.moves)
            moves << tr("%1 → %2 (snapshot %3)")
                         .arg(TextFormat::date(move.from), TextFormat::date(move.to), TextFormat::date(move.snapshot));
        return tr("Close date moved later %n time(s) in the last %1 days: %2.", nullptr, n("moves"))
            .arg(num("window_days"), moves.join(QStringLiteral("; ")));
    }
    if (id == QLatin1String("past_close_date"))
        return tr("Close date %1 is %n day(s) before the as-of date %2.", nullptr, n("days_past"))
            .arg(d("close_date"), TextFormat::date(hit.asOf));
    if (id == QLatin1String("commit_without_champion_or_eb"))
        return tr("In Commit; %1.").arg(elementList(hit));
    if (id == QLatin1String("paper_process_unmapped")) {
        const QString when = daysFromAsOf(hit.number(QStringLiteral("days_to_close")));
        return tr("%1, close date %2 (%3); %4.")
            .arg(forecastCategoryName(hit.category), d("close_date"), when, elementList(hit));
    }
    if (id == QLatin1String("security_review_not_started")) {
        const QString when = daysFromAsOf(hit.number(QStringLiteral("days_to_close")));
        const RiskFact *status = hit.fact(QStringLiteral("security_review"));
        return tr("Close date %1 (%2); security review: %3.")
            .arg(d("close_date"), when, reviewStatusName(status ? status->text : QString()));
    }
    if (id == QLatin1String("poc_overrun_or_idle")) {
        QString text = tr("POC active since %1, planned end %2, last check-in %3.")
                           .arg(d("poc_start"), d("planned_end"), d("last_check_in"));
        if (hit.fact(QStringLiteral("days_past_planned_end")))
            text += u' ' + tr("%n day(s) past the planned end.", nullptr, n("days_past_planned_end"));
        if (hit.fact(QStringLiteral("days_since_check_in")))
            text += u' '
                + tr("%n day(s) since the last check-in (limit %1).", nullptr, n("days_since_check_in"))
                      .arg(num("idle_limit"));
        return text;
    }
    if (id == QLatin1String("poc_started_without_dor")) {
        QStringList items;
        const RiskFact *missing = hit.fact(QStringLiteral("missing_items"));
        for (const QString &item : (missing ? missing->text : QString()).split(u',', Qt::SkipEmptyParts))
            items << PocChecklist::label(item).toLower();
        const QString list = items.join(QStringLiteral("; "));
        const RiskFact *state = hit.fact(QStringLiteral("state"));
        if (state && state->text == QLatin1String("started"))
            return tr("POC started %1 without %n DOR item(s): %2.", nullptr, n("missing")).arg(d("poc_start"), list);
        if (hit.date(QStringLiteral("poc_start")).isValid())
            return tr("POC starts %1; %n DOR item(s) missing at the start: %2.", nullptr, n("missing"))
                .arg(d("poc_start"), list);
        return tr("POC without a start date; %n DOR item(s) missing: %1.", nullptr, n("missing")).arg(list);
    }
    if (id == QLatin1String("poc_past_planned_end"))
        return tr("POC on day %1 of %2 planned, not ended: planned end %3, %n day(s) past it.", nullptr,
                  n("days_past_planned_end"))
            .arg(num("elapsed_days"), num("planned_days"), d("planned_end"));
    if (id == QLatin1String("poc_no_check_in")) {
        if (hit.fact(QStringLiteral("last_check_in")))
            return tr("No POC check-in for %n day(s) (limit %1): last held %2.", nullptr, n("days_since_check_in"))
                .arg(num("limit"), d("last_check_in"));
        return tr("No POC check-in held since the start on %1: %n day(s) (limit %2).", nullptr,
                  n("days_since_check_in"))
            .arg(d("poc_start"), num("limit"));
    }
    if (id == QLatin1String("poc_criteria_changed")) {
        QStringList changed;
        for (int i = 1; i <= n("changed_criteria"); ++i) {
            const RiskFact *name = hit.fact(QStringLiteral("criterion_%1").arg(i));
            changed << tr("%1 on %2", "criterion changed on a date")
                           .arg(name ? name->text : QString(),
                                TextFormat::date(hit.date(QStringLiteral("changed_on_%1").arg(i))));
        }
        return tr("POC started %1; %n criterion(s) changed after the start: %2.", nullptr, n("changed_criteria"))
            .arg(d("poc_start"), changed.join(QStringLiteral("; ")));
    }
    if (id == QLatin1String("play_step_past_stage")) {
        QStringList steps;
        for (int i = 1; i <= n("missing"); ++i) {
            const QString at = QString::number(i);
            steps << tr("%1: %2 (due by %3)", "play: step (due by stage)")
                         .arg(text(QStringLiteral("play_") + at), text(QStringLiteral("step_") + at),
                              TermLabels::stage(text(QStringLiteral("due_stage_") + at)));
        }
        return tr("At %1; %n play step(s) due by this stage not recorded done: %2.", nullptr, n("missing"))
            .arg(TermLabels::stage(text(QStringLiteral("stage"))), steps.join(QStringLiteral("; ")));
    }
    if (id == QLatin1String("compliance_not_started")) {
        static const ComplianceArtifacts shipped;
        QStringList artifacts;
        for (int i = 1; i <= n("artifacts"); ++i) {
            const QString at = QString::number(i);
            const QString name = shipped.label(text(QStringLiteral("artifact_") + at));
            const QString stage = TermLabels::stage(text(QStringLiteral("stage_") + at));
            const QString entered = TextFormat::date(hit.date(QStringLiteral("entered_") + at));
            const QDate started = hit.date(QStringLiteral("started_") + at);
            artifacts << (started.isValid()
                              ? tr("%1 (%2, by %3): %3 entered %4, started %5", "artifact (play, by stage)")
                                    .arg(name, text(QStringLiteral("play_") + at), stage, entered,
                                         TextFormat::date(started))
                              : tr("%1 (%2, by %3): %3 entered %4, not started", "artifact (play, by stage)")
                                    .arg(name, text(QStringLiteral("play_") + at), stage, entered));
        }
        return tr("%n required compliance artifact(s) not started by the stage the play names: %1.", nullptr,
                  n("artifacts"))
            .arg(artifacts.join(QStringLiteral("; ")));
    }
    if (id == QLatin1String("partner_task_overdue")) {
        QStringList tasks;
        for (int i = 1; i <= n("overdue"); ++i) {
            const QString at = QString::number(i);
            tasks << tr("%1, due %2 (%n day(s) before the as-of date)", "task, due date",
                        int(hit.number(QStringLiteral("days_past_due_") + at)))
                         .arg(text(QStringLiteral("task_") + at),
                              TextFormat::date(hit.date(QStringLiteral("due_") + at)));
        }
        return tr("%n open partner task(s) with the due date passed: %1.", nullptr, n("overdue"))
            .arg(tasks.join(QStringLiteral("; ")));
    }
    if (id == QLatin1String("renewal_health")) {
        QString text =
            tr("Renewal on %1 (in %n day(s)); health %2 on %3 (threshold %4).", nullptr, n("days_to_renewal"))
                .arg(d("renewal_date"), num("health"), d("health_date"), num("threshold"));
        if (hit.fact(QStringLiteral("baseline_health"))) {
            const qint64 change = hit.number(QStringLiteral("change"));
            const QString signedChange = change > 0 ? u'+' + TextFormat::number(change) : TextFormat::number(change);
            text += u' '
                + tr("Change since %1 (health %2): %3 points.")
                      .arg(d("baseline_date"), num("baseline_health"), signedChange);
        }
        return text;
    }
    if (id == QLatin1String("no_recent_activity"))
        return tr("Last activity %1: %n day(s) before the as-of date (limit %2).", nullptr, n("days"))
            .arg(d("last_activity"), num("limit"));
    if (id == QLatin1String("amount_dropped"))
        return tr("Amount %1 → %2 (%3) between snapshots %4 and %5.")
            .arg(TextFormat::money(hit.number(QStringLiteral("old_amount")), currency),
                 TextFormat::money(hit.number(QStringLiteral("new_amount")), currency),
                 TextFormat::percent(-double(hit.number(QStringLiteral("drop_percent"))) / 100.0),
                 d("previous_snapshot"), TextFormat::date(hit.asOf));
    if (id == QLatin1String("meddpicc_incomplete"))
        return tr("In Commit with %1 of 8 MEDDPICC elements confirmed (threshold %2); not confirmed: %3.")
            .arg(num("confirmed"), num("threshold"), elementList(hit));
    if (id == QLatin1String("early_stage_commit"))
        return tr("In Commit at stage %1 (probability %2, limit %3).")
            .arg(TermLabels::stage(hit.stage),
                 TextFormat::percent(double(hit.number(QStringLiteral("probability"))) / 100.0),
                 TextFormat::percent(double(hit.number(QStringLiteral("limit"))) / 100.0));
    return {};
}

QString RiskDescriber::snoozeLine(const RiskHit &hit)
{
    if (!hit.snoozed)
        return {};
    if (hit.snoozeReason.isEmpty())
        return tr("Snoozed until %1.").arg(TextFormat::date(hit.snoozedUntil));
    return tr("Snoozed until %1: %2").arg(TextFormat::date(hit.snoozedUntil), hit.snoozeReason);
}

} // namespace dmc
