#include "SnapshotStream.h"

#include "SnapshotPipeline.h"
#include "domain/IsoDateDigits.h"
#include "import/ImportSession.h"
#include "import/csv/CsvByteReader.h"
#include "import/csv/RowReader.h"
#include "store/SnapshotSink.h"
#include "import/Latin1.h"

#include <QFileInfo>

#include <algorithm>

namespace dmc {

namespace {

const QString SnapshotsTable = QStringLiteral("snapshots");

using latin1::s;

// The messages of the other canonical tables, in their translation context.
QString message(const char *text)
{
    return QCoreApplication::translate("dmc::CanonicalImporter", text);
}

QByteArray view(std::string_view text)
{
    return QByteArray::fromRawData(text.data(), qsizetype(text.size()));
}

// Already in stored form: no surrounding space to trim, no formula quote to strip, ASCII ends.
bool isClean(std::string_view text)
{
    if (text.empty())
        return true;
    const auto first = static_cast<unsigned char>(text.front());
    const auto last = static_cast<unsigned char>(text.back());
    return first > 0x20 && first < 0x7F && first != '\'' && last > 0x20 && last < 0x7F;
}

// "yyyy-MM-dd" in the range FieldParser accepts: the Julian day, else 0.
qint32 isoDay(std::string_view text)
{
    IsoDateDigits digits;
    if (text.size() != 10 || !IsoDateDigits::read(text.data(), text.size(), digits) || digits.year < 1900
        || digits.year > 2200)
        return 0;
    const QDate date(digits.year, digits.month, digits.day);
    return date.isValid() ? qint32(date.toJulianDay()) : 0;
}

// FieldParser::parseAmount for plain "-123.45" (no separators): cents, or nullopt to take the
// exact path.
std::optional<Cents> plainAmount(std::string_view text)
{
    size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
        negative = text[i] == '-';
        ++i;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
        if (++wholeDigits > 15)
            return std::nullopt;
        whole = whole * 10 + (text[i] - '0');
    }
    qint64 cents = 0;
    int fractionDigits = 0;
    bool roundUp = false;
    if (i < text.size() && text[i] == '.') {
        ++i;
        for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++fractionDigits) {
            if (fractionDigits < 2)
                cents = cents * 10 + (text[i] - '0');
            else if (fractionDigits == 2)
                roundUp = text[i] >= '5';
        }
        if (fractionDigits == 0)
            return std::nullopt;
    }
    if (i != text.size() || wholeDigits == 0)
        return std::nullopt;
    if (fractionDigits == 1)
        cents *= 10;
    const Cents total = whole * 100 + cents + (roundUp ? 1 : 0);
    return negative ? -total : total;
}

} // namespace

SnapshotStream::SnapshotStream(ImportSession &session, StageLookup stages)
    : m_session(session)
    , m_stages(std::move(stages))
{
    if (session.profile().statesCurrency())
        m_statedCurrency = session.profile().currency().toUtf8();
}

SnapshotStream::~SnapshotStream() = default;

void SnapshotStream::setKnownIds(const std::vector<Opportunity> &opportunities, const std::vector<Rep> &reps)
{
    m_deals.reserve(qsizetype(opportunities.size()));
    for (const Opportunity &o : opportunities)
        m_deals.insert(o.id.toUtf8(), int(m_deals.size()));
    for (const Rep &rep : reps)
        m_reps.insert(rep.id.toUtf8());
    m_seen.assign(size_t(m_deals.size()), {});
}

Result<bool> SnapshotStream::open()
{
    const ImportProfile &profile = m_session.profile();
    m_path = m_session.fileFor(SnapshotsTable);
    if (!m_session.hasProvidedTable(SnapshotsTable) && !m_path.isEmpty()
        && CsvByteReader::isPlainUtf8(m_path, profile.encoding())) {
        const QString fileName = QFileInfo(m_path).fileName();
        m_session.progress(5, QCoreApplication::translate("dmc::ImportSession", "Reading %1").arg(fileName));
        m_bytes = std::make_unique<CsvByteReader>();
        if (Status opened = m_bytes->open(m_path, fileName, profile.delimiter()); !opened)
            return opened.error();
        m_header.fileName = fileName;
        m_header.path = m_path;
        m_header.header = m_bytes->header();
        // About 90 bytes a row in a canonical export: enough to choose the bulk path.
        m_expectedRows = QFileInfo(m_path).size() / 90;
    } else {
        auto table = m_session.table(SnapshotsTable, false);
        if (!table)
            return table.error();
        if (!*table)
            return false;
        m_table = std::move(**table);
        m_header.fileName = m_table->fileName;
        m_header.path = m_table->path;
        m_header.header = m_table->header;
        m_expectedRows = qint64(m_table->rows.size());
    }
    RowReader row(m_header, profile, SnapshotsTable);
    if (auto missing = row.missingColumn({s("as_of"), s("opportunity_id"), s("owner_id"), s("stage")}))
        return *missing;
    auto column = [&](const char *field) {
        for (const QString &header : profile.columns(SnapshotsTable, s(field)))
            if (const int found = m_header.column(header); found >= 0)
                return found;
        return -1;
    };
    m_asOf = column("as_of");
    m_opportunity = column("opportunity_id");
    m_owner = column("owner_id");
    m_stage = column("stage");
    m_category = column("category");
    m_amount = column("amount");
    m_currency = column("currency");
    m_closeDate = column("close_date");
    m_stageEntered = column("stage_entered_date");
    m_lastActivity = column("last_activity_date");
    return true;
}

Status SnapshotStream::run(Database &database, SnapshotObserver *observer)
{
    SnapshotSink sink(database, observer);
    if (Status opened = sink.open(); !opened)
        return opened;
    if (Status stored = m_bytes ? streamRows(sink) : tableRows(sink); !stored)
        return stored;
    m_stored = sink.rows();
    return Done{};
}

quint32 SnapshotStream::firstLine(int deal, qint32 day) const
{
    const std::vector<Seen> &days = m_seen[size_t(deal)];
    if (days.empty() || days.back().day < day)
        return 0;
    const auto it = std::lower_bound(days.begin(), days.end(), day,
                                     [](const Seen &seen, qint32 wanted) { return seen.day < wanted; });
    return it != days.end() && it->day == day ? it->line : 0;
}

void SnapshotStream::remember(int deal, qint32 day, qint64 line)
{
    std::vector<Seen> &days = m_seen[size_t(deal)];
    const Seen seen{day, quint32(line)};
    if (days.empty() || days.back().day < day) {
        days.push_back(seen); // exports come in date order: the usual case
        return;
    }
    days.insert(std::lower_bound(days.begin(), days.end(), day,
                                 [](const Seen &item, qint32 wanted) { return item.day < wanted; }),
                seen);
}

std::optional<SnapshotRow> SnapshotStream::parseRow(RowReader &row)
{
    const ImportProfile &profile = m_session.profile();
    SnapshotRow snapshot;
    snapshot.asOf = row.date(s("as_of"), true);
    snapshot.opportunityId = row.required(s("opportunity_id"));
    snapshot.ownerId = row.required(s("owner_id"));
    {
        const QString value = row.required(s("stage"));
        if (row.ok()) {
            snapshot.stage = m_stages.find(value);
            if (snapshot.stage.isEmpty())
                m_session.unknownStage(row, s("stage"), value, message("unknown stage \"%1\"").arg(value));
        }
    }
    if (row.ok()) {
        // No category (no column, or an empty cell): the one the profile's stage gives.
        const QString value = row.text(s("category"));
        if (value.isEmpty()) {
            if (const auto fromStage = m_stages.category(row.text(s("stage"))))
                snapshot.category = *fromStage;
            else if (row.hasColumn(s("category")))
                row.required(s("category"));
            else
                row.fail(s("category"),
                         message("no category: the file has no %1 column and the profile gives stage \"%2\" none")
                             .arg(profile.column(SnapshotsTable, s("category")), row.text(s("stage"))));
        } else if (const auto parsed = profile.categoryFor(value)) {
            snapshot.category = *parsed;
        } else {
            row.fail(s("category"), message("unknown forecast category \"%1\"").arg(value));
        }
    }
    snapshot.amount = row.amount(s("amount"));
    snapshot.currency = row.text(s("currency")).toUpper();
    if (snapshot.currency.isEmpty())
        snapshot.currency = QString::fromUtf8(m_statedCurrency);
    snapshot.closeDate = row.date(s("close_date"));
    snapshot.stageEnteredDate = row.date(s("stage_entered_date"));
    snapshot.lastActivityDate = row.date(s("last_activity_date"));
    if (!row.ok())
        return std::nullopt;
    const int deal = m_deals.value(snapshot.opportunityId.toUtf8(), -1);
    if (deal < 0) {
        row.fail(s("opportunity_id"),
                 message("opportunity \"%1\" is not in opportunities.csv").arg(snapshot.opportunityId));
        return std::nullopt;
    }
    const auto day = qint32(snapshot.asOf.toJulianDay());
    if (const quint32 first = firstLine(deal, day)) {
        row.fail(s("opportunity_id"),
                 message("\"%1\" is listed twice (first on line %2)")
                     .arg(snapshot.asOf.toString(Qt::ISODate) + u'|' + snapshot.opportunityId)
                     .arg(first));
        return std::nullopt;
    }
    remember(deal, day, row.line());
    m_latestDay = std::max<qint64>(m_latestDay, day);
    if (snapshot.amount && !snapshot.currency.isEmpty())
        ++m_slowCurrencyRows[snapshot.currency];
    return snapshot;
}

Status SnapshotStream::keep(RowReader &row, const std::optional<SnapshotRow> &parsed, SnapshotSink &sink)
{
    if (!parsed) {
        if (!m_session.reject(row.error(), row.fields()))
            return row.error();
        return Done{};
    }
    if (Status added = sink.add(*parsed); !added)
        return added;
    m_session.countAccepted();
    return Done{};
}

Status SnapshotStream::tableRows(SnapshotSink &sink)
{
    RowReader row(*m_table, m_session.profile(), SnapshotsTable);
    row.setUnescapeFormulas(true);
    qint64 done = 0;
    for (const CsvTable::Row &line : m_table->rows) {
        if (++done % 1000 == 0 && m_session.cancelled())
            return ImportSession::cancelledError();
        row.begin(line);
        if (Status kept = keep(row, parseRow(row), sink); !kept)
            return kept;
    }
    return Done{};
}

const QByteArray *SnapshotStream::cachedStage(std::string_view value)
{
    if (auto it = m_stageOf.constFind(view(value)); it != m_stageOf.constEnd())
        return &it.value();
    const QString text = QString::fromUtf8(value.data(), qsizetype(value.size()));
    if (m_session.profile().isPlaceholderId(text))
        return nullptr;
    const QString name = m_stages.find(text);
    if (name.isEmpty())
        return nullptr;
    return &m_stageOf.insert(QByteArray(value.data(), qsizetype(value.size())), name.toUtf8()).value();
}

const QByteArray *SnapshotStream::cachedCategory(std::string_view value)
{
    if (auto it = m_categoryOf.constFind(view(value)); it != m_categoryOf.constEnd())
        return &it.value();
    const QString text = QString::fromUtf8(value.data(), qsizetype(value.size()));
    if (m_session.profile().isPlaceholderId(text))
        return nullptr;
    const auto category = m_session.profile().categoryFor(text);
    if (!category)
        return nullptr;
    return &m_categoryOf
                .insert(QByteArray(value.data(), qsizetype(value.size())), forecastCategoryKey(*category).toUtf8())
                .value();
}

SnapshotStream::Currency &SnapshotStream::upperCase(std::string_view value)
{
    if (auto it = m_upper.find(view(value)); it != m_upper.end())
        return it.value();
    const QString text = QString::fromUtf8(value.data(), qsizetype(value.size()));
    return m_upper.insert(QByteArray(value.data(), qsizetype(value.size())), {text.toUpper().toUtf8(), 0}).value();
}

QHash<QString, qint64> SnapshotStream::currencyRows() const
{
    QHash<QString, qint64> rows = m_slowCurrencyRows;
    for (const Currency &currency : m_upper)
        if (currency.rows > 0 && !currency.upper.isEmpty())
            rows[QString::fromUtf8(currency.upper)] += currency.rows;
    return rows;
}

bool SnapshotStream::takeFast(SnapshotBatch &batch)
{
    const CsvByteReader &in = *m_bytes;
    const std::string_view asOf = in.field(m_asOf);
    const std::string_view opportunityId = in.field(m_opportunity);
    const std::string_view ownerId = in.field(m_owner);
    const std::string_view stage = in.field(m_stage);
    const std::string_view category = in.field(m_category);
    const std::string_view amount = in.field(m_amount);
    const std::string_view currency = in.field(m_currency);
    const std::string_view closeDate = in.field(m_closeDate);
    const std::string_view stageEntered = in.field(m_stageEntered);
    const std::string_view lastActivity = in.field(m_lastActivity);
    for (const std::string_view text :
         {asOf, opportunityId, ownerId, stage, category, amount, currency, closeDate, stageEntered, lastActivity})
        if (!isClean(text))
            return false;
    const qint32 day = isoDay(asOf);
    if (day == 0)
        return false;
    for (const std::string_view date : {closeDate, stageEntered, lastActivity})
        if (!date.empty() && isoDay(date) == 0)
            return false;
    if (opportunityId.empty() || ownerId.empty() || stage.empty() || category.empty())
        return false;
    const auto deal = m_deals.constFind(view(opportunityId));
    if (deal == m_deals.constEnd() || !m_reps.contains(view(ownerId)))
        return false;
    const QByteArray *stageName = cachedStage(stage);
    const QByteArray *categoryKey = cachedCategory(category);
    if (!stageName || !categoryKey)
        return false;
    SnapshotBatch::Row row;
    if (!amount.empty()) {
        row.amount = plainAmount(amount);
        if (!row.amount)
            return false;
    }
    if (firstLine(*deal, day) != 0)
        return false; // a duplicate: the exact path words the error
    batch.append(row, SnapshotBatch::AsOf, asOf);
    batch.append(row, SnapshotBatch::Opportunity, opportunityId);
    batch.append(row, SnapshotBatch::Owner, ownerId);
    batch.append(row, SnapshotBatch::Stage, std::string_view(stageName->constData(), size_t(stageName->size())));
    batch.append(row, SnapshotBatch::Category, std::string_view(categoryKey->constData(), size_t(categoryKey->size())));
    const std::string_view code =
        currency.empty() ? std::string_view(m_statedCurrency.constData(), size_t(m_statedCurrency.size())) : currency;
    if (!code.empty()) {
        Currency &upper = upperCase(code);
        if (row.amount)
            ++upper.rows;
        batch.append(row, SnapshotBatch::Currency,
                     std::string_view(upper.upper.constData(), size_t(upper.upper.size())));
    }
    batch.append(row, SnapshotBatch::CloseDate, closeDate);
    batch.append(row, SnapshotBatch::StageEntered, stageEntered);
    batch.append(row, SnapshotBatch::LastActivity, lastActivity);
    batch.rows.push_back(row);
    // Remembered now, before the row is stepped: a failed step ends the whole import anyway.
    remember(*deal, day, in.line());
    m_latestDay = std::max<qint64>(m_latestDay, day);
    return true;
}

bool SnapshotStream::fillBatch(SnapshotBatch &batch)
{
    while (batch.rows.size() < SnapshotBatch::Capacity) {
        const Result<bool> next = m_bytes->next();
        if (!next) {
            batch.error = next.error();
            return false;
        }
        if (!*next)
            return false;
        if (takeFast(batch))
            continue;
        CsvTable::Row slow;
        slow.line = m_bytes->line();
        slow.fields = m_bytes->fieldTexts();
        slow.lineOffsets = m_bytes->lineOffsets();
        batch.slow = std::move(slow);
        break;
    }
    batch.position = m_bytes->position();
    return true;
}

Status SnapshotStream::pipeRows(SnapshotSink &sink)
{
    RowReader row(m_header, m_session.profile(), SnapshotsTable);
    row.setUnescapeFormulas(true);
    qint64 count = 0;
    qint64 batches = 0;
    const qint64 size = std::max<qint64>(1, QFileInfo(m_path).size());
    const QString saving = QCoreApplication::translate("dmc::Importer", "Saving");
    // Reading, validating and typing run on the pipeline's thread; this one (the connection's)
    // binds and steps. Rows stay in file order, so results and messages are those of one thread.
    SnapshotPipeline pipeline([this](SnapshotBatch &batch) { return fillBatch(batch); });
    auto counted = [&]() -> Status {
        ++count;
        m_session.countRead();
        if (count % 1000 == 0 && m_session.cancelled())
            return ImportSession::cancelledError();
        return Done{};
    };
    for (;;) {
        SnapshotBatch *batch = pipeline.next();
        if (!batch)
            break;
        for (const SnapshotBatch::Row &fast : batch->rows) {
            if (Status ok = counted(); !ok)
                return ok;
            if (Status added = sink.addUtf8(batch->utf8Row(fast)); !added)
                return added;
            m_session.countAccepted();
        }
        if (batch->slow) {
            // The producer waits until this batch is released: parseRow may use its state.
            if (Status ok = counted(); !ok)
                return ok;
            row.begin(*batch->slow);
            if (Status kept = keep(row, parseRow(row), sink); !kept)
                return kept;
        }
        if (batch->error)
            return *batch->error;
        const bool last = batch->last;
        if (++batches % 8 == 0) // the longest step of a large import: 90-99 % by bytes read
            m_session.progress(90 + int(9 * batch->position / size), saving);
        pipeline.release(batch);
        if (last)
            break;
    }
    m_session.addFileStat({m_path, SnapshotsTable, count});
    return Done{};
}

Status SnapshotStream::streamRows(SnapshotSink &sink)
{
    const ImportProfile &profile = m_session.profile();
    if (sink.acceptsUtf8() && profile.dateFormats().value(0) == QLatin1String("yyyy-MM-dd")
        && profile.decimalSeparator() == u'.')
        return pipeRows(sink);
    // Every row takes RowReader's path: one thread.
    RowReader row(m_header, profile, SnapshotsTable);
    row.setUnescapeFormulas(true);
    CsvTable::Row slow;
    qint64 count = 0;
    const qint64 size = std::max<qint64>(1, QFileInfo(m_path).size());
    const QString saving = QCoreApplication::translate("dmc::Importer", "Saving");
    for (;;) {
        const Result<bool> next = m_bytes->next();
        if (!next)
            return next.error();
        if (!*next)
            break;
        ++count;
        m_session.countRead();
        if (count % 1000 == 0 && m_session.cancelled())
            return ImportSession::cancelledError();
        if (count % 65536 == 0) // the longest step of a large import: 90-99 % by bytes read
            m_session.progress(90 + int(9 * m_bytes->position() / size), saving);
        slow.line = m_bytes->line();
        slow.fields = m_bytes->fieldTexts();
        slow.lineOffsets = m_bytes->lineOffsets();
        row.begin(slow);
        if (Status kept = keep(row, parseRow(row), sink); !kept)
            return kept;
    }
    m_session.addFileStat({m_path, SnapshotsTable, count});
    return Done{};
}

} // namespace dmc
