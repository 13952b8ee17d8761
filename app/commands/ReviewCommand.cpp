// dmcockpit review --db FILE [--as-of D] [--period P] [--scope S] [--baseline previous|last-year|plan:FILE]
//                  [--json | --out FILE.md|.html|.pdf [--format md|html|pdf|json] [--page-size a4|letter]]: the
// monthly / quarterly outcome review (docs/definitions.md#quarterly-review), as text, JSON or a document.
#include "AnalyticsContext.h"
#include "Command.h"
#include "CommandSupport.h"
#include "ExportOutput.h"
#include "QueryOptions.h"
#include "TextTable.h"
#include "Tr.h"
#include "analytics/review/QuarterlyReview.h"
#include "analytics/review/ReviewText.h"
#include "analytics/text/TextFormat.h"
#include "export/ExportFileName.h"
#include "export/json/ReviewJson.h"
#include "export/review/ReviewExporter.h"
#include "import/PlanFileReader.h"

#include <cmath>

namespace dmc::app {
namespace {

QString notAvailable()
{
    return tr("n/a", "no value");
}

// Whole currency units, as the other commands' tables show money.
QString amount(Cents cents)
{
    return TextFormat::number(std::llround(double(cents) / 100.0));
}

QString signedAmount(Cents cents)
{
    return TextFormat::signedNumber(std::llround(double(cents) / 100.0));
}

QString percent(const std::optional<double> &value)
{
    return value ? TextFormat::percent(*value) : notAvailable();
}

QString count(int value)
{
    return TextFormat::number(value);
}

void printSplit(const SegmentedBridge &split, const QString &title, const QString &currency)
{
    out() << '\n' << title.arg(currency) << '\n';
    TextTable table({tr("Group"), tr("Baseline"), tr("Volume"), tr("Win rate"), tr("Size"), tr("Mix"), tr("Actual")});
    const auto row = [&](const QString &name, const BookingsBridge &b) {
        table.addRow({name, amount(b.baseline.bookings), signedAmount(b.volume.amount), signedAmount(b.winRate.amount),
                      signedAmount(b.size.amount), signedAmount(b.mix.amount), amount(b.actual.bookings)});
    };
    for (const BookingsBridge &group : split.groups)
        row(SegmentedBridge::groupName(split.dimension, group.group), group);
    table.addSeparator();
    row(tr("Total"), split.total);
    out() << table.toString();
}

void printValues(const std::vector<WinLoss::ValueRow> &rows, const QString &heading)
{
    if (rows.empty())
        return;
    TextTable table({heading, tr("Lost"), tr("Amount"), tr("Share")});
    for (const auto &row : rows)
        table.addRow({row.value, count(row.lost.count), amount(row.lost.amount), percent(row.share)});
    out() << table.toString();
}

void printGroups(const std::vector<WinLoss::GroupRow> &rows, bool reps)
{
    if (rows.empty())
        return;
    QStringList header{reps ? tr("Rep") : tr("District")};
    if (reps)
        header << tr("District");
    header << tr("Won") << tr("Won amount") << tr("Lost, reason") << tr("Lost, no reason") << tr("No decision")
           << tr("n") << tr("Win rate");
    TextTable table(header);
    for (const auto &row : rows) {
        QStringList cells{row.name};
        if (reps)
            cells << row.district;
        cells << count(row.won.count) << amount(row.won.amount) << count(row.lostWithReason.count)
              << count(row.lostWithoutReason.count) << count(row.noDecision.count) << count(row.decided())
              << percent(row.winRate());
        table.addRow(cells);
    }
    out() << table.toString();
}

void printText(const QuarterlyReview &review, const Dataset &dataset)
{
    const QString currency = review.reportingCurrency;
    out() << ReviewText::headline(review, dataset) << '\n';
    out() << ReviewText::snapshotLine(review.actual) << '\n' << ReviewText::baselineLine(review) << '\n';

    out() << '\n' << tr("Bookings bridge") << '\n';
    for (const QString &line : ReviewText::terms(review.bridge, currency, false))
        out() << "  " << line << '\n';
    out() << ReviewText::method() << '\n';
    printSplit(review.byDealType, tr("By deal type, with the mix (%1)"), currency);
    if (review.baselineKind == ReviewBaseline::Kind::Plan)
        out() << '\n' << tr("A plan has no account segments: no split by segment.") << '\n';
    else
        printSplit(review.bySegment, tr("By account segment, with the mix (%1)"), currency);

    out() << '\n' << tr("Win and loss") << '\n';
    out() << ReviewText::winLossSummary(review.winLoss, currency) << '\n';
    for (const QString &note : ReviewText::winLossNotes(review.winLoss))
        out() << note << '\n';
    printValues(review.winLoss.reasons, tr("Loss reason"));
    printValues(review.winLoss.competitors, tr("Competitor"));
    printGroups(review.winLoss.districts, false);
    printGroups(review.winLoss.reps, true);

    out() << '\n' << tr("Source mix (%1)").arg(currency) << '\n';
    TextTable sources(
        {tr("Source"), tr("Created"), tr("Created amount"), tr("Won"), tr("Bookings"), tr("Decided"), tr("Win rate")});
    for (const auto &row : review.sourceMix.rows)
        sources.addRow({SourceGroups::name(row.group), count(row.created), amount(row.createdAmount), count(row.won),
                        amount(row.bookings), count(row.decided), percent(row.winRate)});
    out() << sources.toString();

    const RenewalOutlook &outlook = review.renewals;
    out() << '\n'
          << tr("Renewal outlook, %1 to %2 (%3)")
                 .arg(TextFormat::date(outlook.from), TextFormat::date(outlook.to), currency)
          << '\n';
    TextTable renewals({tr("Health"), tr("Accounts"), tr("ARR"), tr("Fell"), tr("Flat"), tr("Rose"), tr("No trend"),
                        tr("Commit"), tr("Best Case"), tr("Pipeline"), tr("No renewal deal")});
    for (const auto &band : outlook.bands)
        renewals.addRow({RenewalOutlook::bandName(band.band), count(band.accounts), amount(band.arr), count(band.fell),
                         count(band.flat), count(band.rose), count(band.noTrend), count(band.renewalCategories[0]),
                         count(band.renewalCategories[1]), count(band.renewalCategories[2]),
                         count(band.withoutRenewalDeal)});
    out() << renewals.toString();

    out() << '\n' << tr("Forecast accuracy, last closed periods") << '\n';
    if (review.accuracy.periods.empty())
        out() << tr("No closed period: accuracy needs a snapshot on or after a period's last day.") << '\n';
    else {
        TextTable accuracy({tr("Period"), tr("WAPE T-14"), tr("WAPE T-7"), tr("Slip T-14"), tr("Slip T-7")});
        for (const AccuracyPeriod &p : review.accuracy.periods)
            accuracy.addRow({p.period.label(), percent(p.scopeTotal.wapeT14), percent(p.scopeTotal.wapeT7),
                             percent(p.slipRateT14), percent(p.slipRateT7)});
        out() << accuracy.toString();
    }

    if (review.districts) {
        const DistrictComparison &c = *review.districts;
        out() << '\n' << tr("Districts of region %1").arg(c.region) << '\n';
        QStringList header{tr("District")};
        for (auto metric : DistrictComparison::metrics)
            header << DistrictComparison::metricName(metric);
        TextTable table(header);
        const auto cells = [](const QString &name, const DistrictComparison::Values &values) {
            QStringList row{name};
            for (auto metric : DistrictComparison::metrics)
                row << (values[size_t(metric)] ? DistrictComparison::show(metric, *values[size_t(metric)])
                                               : notAvailable());
            return row;
        };
        for (const auto &row : c.rows)
            table.addRow(cells(row.district, row.values));
        table.addSeparator();
        table.addRow(cells(tr("Region median"), c.median));
        out() << table.toString();
        for (const QString &line : c.descriptions)
            out() << line << '\n';
        for (const Insight &insight : c.insights)
            out() << insight.text << '\n';
    }
    out() << Qt::flush;
}

// The plan file's rows for the query's period and scope (docs/definitions.md#plan-baseline).
Result<ReviewPlan> planFor(const PlanFileReader::Plan &file, const Query &query, const Engine &engine)
{
    const auto fail = [&](qint64 line, int column, const QString &message) {
        return Error{Error::Kind::BadInput, message, file.fileName, line, column};
    };
    ReviewPlan plan;
    plan.file = file.fileName;
    bool any = false;
    bool hasTotal = false;
    QHash<QString, qint64> seen; // deal type -> line
    for (const PlanFileReader::Row &row : file.rows) {
        const auto period = engine.calendar().parseQuarterOrMonth(row.period);
        if (!period)
            return fail(row.line, file.periodColumn,
                        tr("\"%1\" is not a fiscal quarter like 2026Q1 or a month like 2026-11").arg(row.period));
        const auto scope = Scope::parse(row.scope);
        if (!scope)
            return fail(row.line, file.scopeColumn,
                        tr("\"%1\" is not all, region:NAME, district:NAME or rep:ID").arg(row.scope));
        if (!(period->key() == query.period.key() && *scope == query.scope))
            continue;
        if (seen.contains(row.dealType))
            return fail(row.line, 0,
                        tr("the same period, scope and deal type as line %1").arg(seen.value(row.dealType)));
        seen.insert(row.dealType, row.line);
        any = true;
        BookingsFactors factors;
        factors.decided = row.decided;
        factors.won = row.won;
        factors.bookings = row.bookings;
        if (row.dealType.isEmpty()) {
            plan.total = factors;
            hasTotal = true;
        } else {
            plan.byDealType[*dealTypeFromKey(row.dealType)] = factors;
        }
    }
    if (!any)
        return Error{Error::Kind::BadInput,
                     tr("%1 holds no row for period %2 and scope %3.")
                         .arg(file.fileName, query.period.key(), query.scope.key()),
                     {},
                     0,
                     0};
    if (!hasTotal)
        for (const auto &[type, factors] : plan.byDealType) {
            plan.total.decided += factors.decided;
            plan.total.won += factors.won;
            plan.total.bookings += factors.bookings;
        }
    return plan;
}

int runReview(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    QueryOptions options(parser, {QueryOption::AsOf, QueryOption::PeriodOrMonth, QueryOption::Scope});
    parser.addOption({QStringLiteral("baseline"),
                      tr("What the period is compared with: previous (the previous period, default), last-year "
                         "(the same period a year before) or plan:FILE (a plan file, docs/definitions.md)."),
                      QStringLiteral("previous|last-year|plan:FILE")});
    addJsonOption(parser);
    ExportOutput::add(parser, tr("md, html, pdf (the review document), json"));
    if (!parseArguments(parser, arguments, "review"))
        return ExitUsage;
    // A document when --format or --out is given; the text tables otherwise.
    std::optional<ExportFormat> format;
    if (!ExportOutput::documentFormat(parser,
                                      {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf"),
                                       QStringLiteral("json")},
                                      format))
        return ExitUsage;
    PdfRenderer::PageSize pageSize;
    if (!ExportOutput::pageSize(parser, pageSize))
        return ExitUsage;
    ReviewBaseline::Kind baseline = ReviewBaseline::Kind::PreviousPeriod;
    std::optional<PlanFileReader::Plan> planFile;
    if (parser.isSet(QStringLiteral("baseline"))) {
        const QString value = parser.value(QStringLiteral("baseline"));
        const auto kind = ReviewBaseline::parse(value);
        if (!kind)
            return usageError(tr("--baseline takes previous, last-year or plan:FILE, not \"%1\".").arg(value));
        baseline = *kind;
        if (baseline == ReviewBaseline::Kind::Plan) {
            auto read = PlanFileReader::read(value.mid(5));
            if (!read)
                return fail(read.error());
            planFile = std::move(*read);
        }
    }
    if (const Status read = options.read(); !read)
        return fail(read.error());
    int code = ExitOk;
    auto context = AnalyticsContext::load(parser, code);
    if (!context)
        return code;
    const Engine &engine = *context->engine;
    const auto query = options.resolve(engine);
    if (!query)
        return fail(query.error());

    std::optional<QuarterlyReview> built;
    if (planFile) {
        const auto plan = planFor(*planFile, *query, engine);
        if (!plan)
            return fail(plan.error());
        built = QuarterlyReview::build(engine, *query, *plan);
    } else {
        built = QuarterlyReview::build(engine, *query, baseline);
    }
    const QuarterlyReview &review = *built;
    if (format) {
        return ExportOutput::save(parser,
                                  ExportFileName::review(query->asOf, query->scope.key(), query->period,
                                                         exportFormatKey(*format)),
                                  *format, [&] {
                                      return ReviewExporter::render(review, *context->dataset, *format, pageSize,
                                                                    QDateTime::currentDateTime());
                                  });
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(nlohmann::json::object(), {}, reviewJsonMembers(review, *context->dataset));
        return ExitOk;
    }
    printText(review, *context->dataset);
    return ExitOk;
}

const CommandRegistration reviewRegistration(
    {"review",
     QT_TRANSLATE_NOOP("dmc::app",
                       "The quarterly review: bookings against a baseline in volume, win rate, size and mix, win and "
                       "loss, source mix, renewal outlook, accuracy trend, districts of a region; as text, JSON or a "
                       "Markdown, HTML or PDF document."),
     true, &runReview});

} // namespace
} // namespace dmc::app
