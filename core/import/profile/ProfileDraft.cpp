#include "ProfileDraft.h"

#include "import/Importer.h"
#include "import/csv/CsvReader.h"
#include "import/csv/RowReader.h"
#include "import/csv/TextDecoder.h"
#include "import/profile/ProfileValidator.h"
#include "import/profile/ValueFormats.h"
#include "import/sources/CanonicalJsonReader.h"
#include "import/Latin1.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace dmc {

namespace {

using ojson = nlohmann::ordered_json;

using latin1::s;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

struct Table
{
    QString logical;
    CsvTable csv;
    QString encoding; // "utf-8", "windows-1251", ...; empty for canonical JSON
    QChar delimiter;  // null for canonical JSON
};

// What the export says about one of its stages.
struct StageFacts
{
    QString name; // as the export writes it
    int firstSeen = 0;
    QHash<int, qint64> probabilities; // the rows' own probability column
    qint64 wonRows = 0;
    qint64 lostRows = 0;
    qint64 openRows = 0;
    QHash<QString, qint64> categories; // category key -> rows
    // From the export's stage table (Salesforce OpportunityStage.csv, canonical stages.csv).
    std::optional<int> sortOrder;
    std::optional<int> probability;
    std::optional<bool> won;
    std::optional<bool> lost;
    QString category;
};

template<typename Key>
std::optional<Key> mostCommon(const QHash<Key, qint64> &counts)
{
    std::optional<Key> best;
    qint64 bestCount = 0;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && best && it.key() < *best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

std::optional<bool> flag(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("1") || value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("0") || value == QLatin1String("false"))
        return false;
    return std::nullopt;
}

std::optional<int> percent(const QString &text)
{
    bool ok = false;
    const double value = QString(text.trimmed()).replace(u',', u'.').toDouble(&ok);
    if (!ok || value < 0 || value > 100)
        return std::nullopt;
    return int(std::lround(value));
}

// A JSON value on one line with a space after each `:` and `,`.
std::string oneLine(const ojson &value)
{
    if (value.is_object()) {
        std::string out = "{";
        for (auto it = value.begin(); it != value.end(); ++it)
            out += (it == value.begin() ? "" : ", ") + ojson(it.key()).dump() + ": " + oneLine(it.value());
        return out + "}";
    }
    if (value.is_array()) {
        std::string out = "[";
        for (size_t i = 0; i < value.size(); ++i)
            out += (i == 0 ? "" : ", ") + oneLine(value.at(i));
        return out + "]";
    }
    return value.dump();
}

// Indented like dump(2), except that a value fitting in 100 columns stays on one line (a stage).
std::string pretty(const ojson &value, int indent)
{
    const std::string flat = oneLine(value);
    if (!(value.is_object() || value.is_array()) || flat.size() + size_t(indent) <= 100 || value.empty())
        return flat;
    const std::string pad(size_t(indent + 2), ' ');
    std::string out = value.is_object() ? "{\n" : "[\n";
    size_t i = 0;
    for (auto it = value.begin(); it != value.end(); ++it, ++i) {
        out += pad;
        if (value.is_object())
            out += ojson(it.key()).dump() + ": ";
        out += pretty(*it, indent + 2);
        out += i + 1 < value.size() ? ",\n" : "\n";
    }
    return out + std::string(size_t(indent), ' ') + (value.is_object() ? "}" : "]");
}

// Every logical table a profile of the format may name: the schema's own list.
QStringList tablesOf(ImportProfile::Format format)
{
    const std::string key = format == ImportProfile::Format::Salesforce ? "salesforceFiles" : "canonicalFiles";
    QStringList tables;
    const nlohmann::json &schema = ProfileValidator::schema();
    if (!schema.contains("$defs") || !schema.at("$defs").contains(key))
        return tables;
    // A named member, never items() of a temporary: value() returns a copy that would dangle.
    const nlohmann::json &files = schema.at("$defs").at(key);
    if (files.contains("properties"))
        for (const auto &[table, unused] : files.at("properties").items())
            tables << QString::fromStdString(table);
    return tables;
}

Result<Table> readCsv(const QString &path, const QString &logical, QStringList &notes)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        Error error;
        error.file = name;
        error.message =
            QCoreApplication::translate("dmc::CsvReader", "cannot read the file (%1)").arg(file.errorString());
        return error;
    }
    auto decoded = TextDecoder::decode(file.readAll(), QStringLiteral("auto"), name);
    if (!decoded)
        return decoded.error();
    Table table;
    table.logical = logical;
    table.encoding = decoded->encoding.toLower();
    table.delimiter = CsvReader::detectDelimiter(decoded->text);
    auto parsed = CsvReader::parseText(decoded->text, name, table.delimiter);
    if (!parsed)
        return parsed.error();
    table.csv = std::move(*parsed);
    table.csv.path = path;
    notes << decoded->notes;
    return table;
}

// The export's files with their logical tables, read whole.
class Export
{
public:
    std::vector<Table> tables;

    const Table *find(const QString &logical) const
    {
        for (const Table &table : tables)
            if (table.logical == logical)
                return &table;
        return nullptr;
    }
};

class Drafter
{
public:
    Drafter(const ImportProfile &base, const Export &source)
        : m_base(base)
        , m_export(source)
    {
    }

    Result<ProfileDraft::Draft> run(const QString &name, const QString &stageTablePath);

private:
    StageFacts &stage(const QString &value);
    QString cell(const RowReader &row, const CsvTable &table, const char *header) const;
    void readRows(const Table &table);
    Status readSalesforceStages(const QString &path);
    void readCanonicalStages(const Table &table);
    ojson stagesJson();
    QString categoryKey(const QString &value);

    const ImportProfile &m_base;
    const Export &m_export;
    std::vector<StageFacts> m_stages;
    QHash<QString, size_t> m_stageIndex;     // lower-case name -> m_stages
    std::map<QString, QString> m_categories; // export value -> key
    QStringList m_unknownCategories;
    std::map<QString, QString> m_types;
    QStringList m_unknownTypes;
    QHash<QString, qint64> m_currencies;
    QStringList m_amounts;
    QStringList m_dates;
    QStringList m_notes;
};

StageFacts &Drafter::stage(const QString &value)
{
    const QString key = value.trimmed().toLower();
    if (const auto it = m_stageIndex.constFind(key); it != m_stageIndex.constEnd())
        return m_stages[*it];
    m_stageIndex.insert(key, m_stages.size());
    StageFacts facts;
    facts.name = value.trimmed();
    facts.firstSeen = int(m_stages.size());
    m_stages.push_back(facts);
    return m_stages.back();
}

QString Drafter::cell(const RowReader &row, const CsvTable &table, const char *header) const
{
    const int index = table.column(s(header));
    return index >= 0 && index < row.fields().size() ? row.fields().at(index).trimmed() : QString();
}

QString Drafter::categoryKey(const QString &value)
{
    if (const auto it = m_categories.find(value); it != m_categories.end())
        return it->second;
    QString key = QStringLiteral("pipeline");
    if (const auto category = m_base.categoryFor(value))
        key = forecastCategoryKey(*category);
    else
        m_unknownCategories << value;
    m_categories.emplace(value, key);
    return key;
}

void Drafter::readRows(const Table &table)
{
    const CsvTable &csv = table.csv;
    RowReader row(csv, m_base, table.logical);
    const bool opportunities = table.logical == QLatin1String("opportunities");
    const bool stages =
        opportunities || table.logical == QLatin1String("history") || table.logical == QLatin1String("snapshots");
    // The logical fields holding dates and amounts in any table of either format.
    static const char *const dateFields[] = {"close_date",         "created_date",       "last_modified_date",
                                             "stage_entered_date", "last_activity_date", "as_of",
                                             "renewal_date",       "ramp_start",         "reading_date",
                                             "week_start",         "poc_start",          "poc_planned_end",
                                             "poc_last_check_in",  "end_date",           "from_date"};
    static const char *const amountFields[] = {"amount", "arr", "commit_amount", "best_case_amount"};
    for (const CsvTable::Row &line : csv.rows) {
        row.begin(line);
        if (flag(row.text(s("is_deleted"))).value_or(false))
            continue;
        for (const char *field : dateFields)
            if (row.hasColumn(s(field)))
                m_dates << row.text(s(field));
        for (const char *field : amountFields)
            if (row.hasColumn(s(field)) && !row.text(s(field)).isEmpty())
                m_amounts << row.text(s(field));
        if (!stages)
            continue;
        const QString value = row.text(s("stage"));
        if (value.isEmpty())
            continue;
        StageFacts &facts = stage(value);
        const QString category = row.text(s("category"));
        if (!category.isEmpty())
            ++facts.categories[categoryKey(category)];
        if (const auto probability = percent(cell(row, csv, "Probability")))
            ++facts.probabilities[*probability];
        const auto won = flag(cell(row, csv, "IsWon"));
        const auto closed = flag(cell(row, csv, "IsClosed"));
        if (won && closed)
            ++(*won ? facts.wonRows : *closed ? facts.lostRows : facts.openRows);
        if (!opportunities)
            continue;
        const QString type = row.text(s("type"));
        if (!type.isEmpty() && m_types.find(type) == m_types.end()) {
            const auto parsed = m_base.dealTypeFor(type);
            if (!parsed)
                m_unknownTypes << type;
            m_types.emplace(type, dealTypeKey(parsed.value_or(DealType::New)));
        }
        const QString currency = row.text(s("currency")).toUpper();
        if (!currency.isEmpty())
            ++m_currencies[currency];
    }
}

// Salesforce's OpportunityStage.csv: the org's stage picklist with its own order, default
// probability, won / closed flags and forecast category.
Status Drafter::readSalesforceStages(const QString &path)
{
    QStringList notes;
    auto table = readCsv(path, s("opportunity_stages"), notes);
    if (!table)
        return table.error();
    m_notes << notes;
    const CsvTable &csv = table->csv;
    const int apiName = csv.column(s("ApiName"));
    const int label = csv.column(s("MasterLabel"));
    if (apiName < 0 && label < 0) {
        Error error;
        error.file = csv.fileName;
        error.line = 1;
        error.message =
            QCoreApplication::translate("dmc::RowReader", "the required column \"%1\" is missing").arg(s("MasterLabel"));
        return error;
    }
    RowReader row(csv, m_base, table->logical);
    for (const CsvTable::Row &line : csv.rows) {
        row.begin(line);
        QString name = apiName >= 0 ? cell(row, csv, "ApiName") : QString();
        if (name.isEmpty())
            name = cell(row, csv, "MasterLabel");
        const bool active = flag(cell(row, csv, "IsActive")).value_or(true);
        if (name.isEmpty() || (!active && !m_stageIndex.contains(name.toLower())))
            continue;
        StageFacts &facts = stage(name);
        bool ok = false;
        const int order = cell(row, csv, "SortOrder").toInt(&ok);
        if (ok)
            facts.sortOrder = order;
        facts.probability = percent(cell(row, csv, "DefaultProbability"));
        const auto won = flag(cell(row, csv, "IsWon"));
        const auto closed = flag(cell(row, csv, "IsClosed"));
        if (won && closed) {
            facts.won = *won;
            facts.lost = *closed && !*won;
        }
        QString category = cell(row, csv, "ForecastCategoryName");
        if (category.isEmpty())
            category = cell(row, csv, "ForecastCategory");
        if (!category.isEmpty())
            facts.category = categoryKey(category);
    }
    return Done{};
}

// Canonical stages.csv: the ladder with probability, order and won / lost.
void Drafter::readCanonicalStages(const Table &table)
{
    RowReader row(table.csv, m_base, table.logical);
    for (const CsvTable::Row &line : table.csv.rows) {
        row.begin(line);
        const QString name = row.text(s("name"));
        if (name.isEmpty())
            continue;
        StageFacts &facts = stage(name);
        facts.probability = percent(row.text(s("probability")));
        bool ok = false;
        const int order = row.text(s("sort_order")).toInt(&ok);
        if (ok)
            facts.sortOrder = order;
        facts.won = flag(row.text(s("is_won")));
        facts.lost = flag(row.text(s("is_lost")));
    }
}

ojson Drafter::stagesJson()
{
    struct Written
    {
        const StageFacts *facts;
        int probability;
        bool won;
        bool lost;
        QString category;
    };
    std::vector<Written> written;
    QStringList noProbability;
    QStringList noOutcome;
    QStringList noCategory;
    for (const StageFacts &facts : m_stages) {
        const ImportProfile::StageRule *builtIn = m_base.stageFor(facts.name);
        Written stage{&facts, 0, false, false, QString()};
        if (facts.probability)
            stage.probability = *facts.probability;
        else if (const auto common = mostCommon(facts.probabilities))
            stage.probability = *common;
        else if (builtIn)
            stage.probability = builtIn->stage.probability;
        else
            noProbability << facts.name;

        if (facts.won || facts.lost) {
            stage.won = facts.won.value_or(false);
            stage.lost = facts.lost.value_or(false);
        } else if (facts.wonRows + facts.lostRows + facts.openRows > 0) {
            stage.won = facts.wonRows > facts.lostRows && facts.wonRows > facts.openRows;
            stage.lost = !stage.won && facts.lostRows > facts.openRows;
        } else if (builtIn) {
            stage.won = builtIn->stage.isWon;
            stage.lost = builtIn->stage.isLost;
        } else {
            noOutcome << facts.name;
        }

        if (!facts.category.isEmpty())
            stage.category = facts.category;
        else if (const auto common = mostCommon(facts.categories))
            stage.category = *common;
        else if (builtIn && builtIn->category)
            stage.category = forecastCategoryKey(*builtIn->category);
        else if (stage.won || stage.lost)
            stage.category = stage.won ? QStringLiteral("closed") : QStringLiteral("omitted");
        else {
            stage.category = QStringLiteral("pipeline");
            noCategory << facts.name;
        }
        written.push_back(stage);
    }

    const bool listed =
        std::any_of(m_stages.begin(), m_stages.end(), [](const StageFacts &f) { return f.sortOrder.has_value(); });
    std::stable_sort(written.begin(), written.end(), [listed](const Written &a, const Written &b) {
        if (listed) {
            // The export's own order; stages it does not list follow in the order seen.
            if (a.facts->sortOrder.has_value() != b.facts->sortOrder.has_value())
                return a.facts->sortOrder.has_value();
            if (a.facts->sortOrder != b.facts->sortOrder)
                return a.facts->sortOrder < b.facts->sortOrder;
            return a.facts->firstSeen < b.facts->firstSeen;
        }
        // Open stages by probability, then won, then lost.
        const int rankA = a.won ? 1 : a.lost ? 2 : 0;
        const int rankB = b.won ? 1 : b.lost ? 2 : 0;
        if (rankA != rankB)
            return rankA < rankB;
        if (a.probability != b.probability)
            return a.probability < b.probability;
        return a.facts->firstSeen < b.facts->firstSeen;
    });

    ojson stages = ojson::array();
    for (const Written &stage : written) {
        ojson entry;
        entry["name"] = utf8(stage.facts->name);
        entry["probability"] = stage.probability;
        if (stage.won)
            entry["won"] = true;
        if (stage.lost)
            entry["lost"] = true;
        entry["category"] = utf8(stage.category);
        stages.push_back(entry);
    }
    const QString separator = QStringLiteral(", ");
    if (!noProbability.isEmpty())
        m_notes << ProfileDraft::tr("no probability in the export for %n stage(s), written as 0: %1", nullptr,
                                    int(noProbability.size()))
                       .arg(noProbability.join(separator));
    if (!noOutcome.isEmpty())
        m_notes << ProfileDraft::tr("no won / lost in the export for %n stage(s), written as open: %1", nullptr,
                                    int(noOutcome.size()))
                       .arg(noOutcome.join(separator));
    if (!noCategory.isEmpty())
        m_notes << ProfileDraft::tr("no forecast category in the export for %n stage(s), written as pipeline: %1",
                                    nullptr, int(noCategory.size()))
                       .arg(noCategory.join(separator));
    return stages;
}

Result<ProfileDraft::Draft> Drafter::run(const QString &name, const QString &stageTablePath)
{
    const Table *opportunities = m_export.find(s("opportunities"));
    if (!opportunities) {
        Error error;
        error.file = m_base.fileNames(s("opportunities")).value(0);
        error.message = ProfileDraft::tr("the file is missing: a draft reads the export's opportunities");
        return error;
    }
    {
        RowReader row(opportunities->csv, m_base, s("opportunities"));
        if (auto missing = row.missingColumn({s("stage")}))
            return *missing;
    }
    for (const Table &table : m_export.tables)
        readRows(table);
    // The stage tables after the rows: an inactive picklist value is kept only when deals use it.
    if (const Table *ladder = m_export.find(s("stages")))
        readCanonicalStages(*ladder);
    if (!stageTablePath.isEmpty())
        if (Status read = readSalesforceStages(stageTablePath); !read)
            return read.error();

    ojson profile;
    profile["name"] = utf8(name);
    profile["format"] = m_base.format() == ImportProfile::Format::Salesforce ? "salesforce" : "canonical";
    if (!opportunities->encoding.isEmpty()) {
        profile["encoding"] = utf8(opportunities->encoding);
        profile["delimiter"] = opportunities->delimiter == u'\t'
            ? std::string("tab")
            : std::string(1, char(opportunities->delimiter.toLatin1()));
    }
    for (const Table &table : m_export.tables)
        if (!table.encoding.isEmpty()
            && (table.encoding != opportunities->encoding || table.delimiter != opportunities->delimiter))
            m_notes << ProfileDraft::tr("%1 is written differently from %2 (%3, \"%4\"): one profile reads every "
                                        "file of an export alike")
                           .arg(table.csv.fileName, opportunities->csv.fileName, table.encoding,
                                QString(table.delimiter));
    profile["decimal_separator"] = std::string(1, char(ValueFormats::decimalSeparator(m_amounts).toLatin1()));
    const ValueFormats::Dates dates = ValueFormats::dateFormats(m_dates);
    if (!dates.formats.isEmpty()) {
        ojson formats = ojson::array();
        for (const QString &format : dates.formats)
            formats.push_back(utf8(format));
        profile["date_formats"] = formats;
    }
    if (!dates.unread.isEmpty())
        m_notes << ProfileDraft::tr("%n date value(s) no known format reads, first \"%1\"", nullptr,
                                    int(dates.unread.size()))
                       .arg(dates.unread.first());
    if (m_currencies.size() == 1) {
        profile["currency"] = utf8(m_currencies.constBegin().key());
    } else if (m_currencies.size() > 1) {
        QStringList codes = m_currencies.keys();
        codes.sort();
        QStringList counted;
        for (const QString &code : std::as_const(codes))
            counted << ProfileDraft::tr("%1 (%n row(s))", nullptr, int(m_currencies.value(code))).arg(code);
        m_notes << ProfileDraft::tr("amounts in %n currencies: %1", nullptr, int(codes.size()))
                       .arg(counted.join(QStringLiteral(", ")));
    }
    ojson files;
    for (const Table &table : m_export.tables)
        files[utf8(table.logical)] = ojson::array({utf8(QFileInfo(table.csv.path).fileName())});
    profile["files"] = files;
    profile["stages"] = stagesJson();
    ojson categories = ojson::object();
    for (const auto &[value, key] : m_categories)
        categories[utf8(value)] = utf8(key);
    if (!categories.empty())
        profile["categories"] = categories;
    ojson types = ojson::object();
    for (const auto &[value, key] : m_types)
        types[utf8(value)] = utf8(key);
    if (!types.empty())
        profile["types"] = types;
    if (!m_unknownCategories.isEmpty())
        m_notes << ProfileDraft::tr("forecast categories the profile does not know, written as pipeline: %1")
                       .arg(m_unknownCategories.join(QStringLiteral(", ")));
    if (!m_unknownTypes.isEmpty())
        m_notes << ProfileDraft::tr("opportunity types the profile does not know, written as new: %1")
                       .arg(m_unknownTypes.join(QStringLiteral(", ")));

    ojson ordered;
    if (!m_notes.isEmpty())
        ordered["$comment"] = utf8(m_notes.join(QStringLiteral("; ")));
    for (auto it = profile.begin(); it != profile.end(); ++it)
        ordered[it.key()] = it.value();
    ProfileDraft::Draft draft;
    draft.json = QByteArray::fromStdString(pretty(ordered, 0) + "\n");
    draft.notes = m_notes;
    return draft;
}

} // namespace

Result<ProfileDraft::Draft> ProfileDraft::write(ImportProfile::Format format, const QStringList &paths)
{
    using Format = ImportProfile::Format;
    auto base =
        ImportProfile::load(format == Format::Salesforce ? QStringLiteral("salesforce") : QStringLiteral("canonical"));
    if (!base)
        return base.error();
    auto files = Importer::resolveFiles(paths, *base);
    if (!files)
        return files.error();

    Export source;
    QStringList notes;
    const QStringList tables = tablesOf(format);
    for (const QString &path : std::as_const(*files)) {
        const QString name = QFileInfo(path).fileName();
        if (format == ImportProfile::Format::Canonical && name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            auto parsed = CanonicalJsonReader::readFile(path);
            if (!parsed)
                return parsed.error();
            for (auto &[logical, csv] : *parsed) {
                csv.path = path;
                source.tables.push_back({logical, std::move(csv), QString(), QChar()});
            }
            continue;
        }
        for (const QString &table : tables) {
            if (!base->fileNames(table).contains(name, Qt::CaseInsensitive))
                continue;
            auto read = readCsv(path, table, notes);
            if (!read)
                return read.error();
            source.tables.push_back(std::move(*read));
            break;
        }
    }

    // Salesforce's stage picklist, when the backup has it beside the other objects.
    QString stageTable;
    QString name;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QDir folder = info.isDir() ? QDir(path) : info.dir();
        if (name.isEmpty())
            name = info.isDir() ? QDir(QDir::cleanPath(info.absoluteFilePath())).dirName() : info.completeBaseName();
        if (format != ImportProfile::Format::Salesforce || !stageTable.isEmpty())
            continue;
        for (const QString &entry : folder.entryList(QDir::Files))
            if (entry.compare(QLatin1String("OpportunityStage.csv"), Qt::CaseInsensitive) == 0)
                stageTable = folder.filePath(entry);
    }

    Drafter drafter(*base, source);
    auto draft = drafter.run(name, stageTable);
    if (!draft)
        return draft.error();
    draft->notes = notes + draft->notes;
    // What is written must read back: a draft the importer refused would help no one.
    auto check = ImportProfile::fromJson(draft->json, QStringLiteral("draft.json"));
    if (!check)
        return check.error();
    return draft;
}

} // namespace dmc
