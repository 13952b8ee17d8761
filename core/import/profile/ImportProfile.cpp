#include "ImportProfile.h"

#include "import/profile/JsonLocator.h"
#include "import/profile/NearestKey.h"
#include "import/profile/ProfileValidator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <limits>
#include <optional>

namespace dmc {

namespace {
QString qstr(const nlohmann::json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}
// A named member as a reference (or an empty object): items() on a temporary would dangle.
const nlohmann::json &object(const nlohmann::json &root, const char *key)
{
    static const nlohmann::json empty = nlohmann::json::object();
    const auto it = root.find(key);
    return it != root.end() && it->is_object() ? *it : empty;
}
// entry[key] as an int, `fallback` when absent. nlohmann's value<int>() converts any number, and
// one beyond int's range is undefined behaviour (found by fuzz_profile): such a value gives
// nullopt. Anything else converts as before (a non-number throws type_error).
std::optional<int> intField(const nlohmann::json &entry, const char *key, int fallback)
{
    const auto it = entry.find(key);
    if (it == entry.end())
        return fallback;
    if (it->is_number()) {
        const double value = it->get<double>();
        if (!(value >= double(std::numeric_limits<int>::min()) && value <= double(std::numeric_limits<int>::max())))
            return std::nullopt;
    }
    return it->get<int>();
}
} // namespace

QStringList ImportProfile::builtInNames()
{
    return {QStringLiteral("canonical"), QStringLiteral("salesforce"), QStringLiteral("maven"),
            QStringLiteral("bitrix24"), QStringLiteral("amocrm")};
}

QString ImportProfile::formatKey(Format format)
{
    switch (format) {
    case Format::Canonical: return QStringLiteral("canonical");
    case Format::Salesforce: return QStringLiteral("salesforce");
    case Format::Maven: return QStringLiteral("maven");
    case Format::Bitrix24: return QStringLiteral("bitrix24");
    case Format::AmoCrm: return QStringLiteral("amocrm");
    }
    return {};
}

Result<ImportProfile> ImportProfile::load(const QString &nameOrPath)
{
    const bool builtIn = builtInNames().contains(nameOrPath);
    const QString path = builtIn ? QStringLiteral(":/profiles/%1.json").arg(nameOrPath) : nameOrPath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error error;
        error.kind = Error::Kind::Usage;
        // A name with a folder or a .json ending is a file; anything else meant a built-in.
        if (!builtIn
            && (QFileInfo::exists(path) || nameOrPath.contains(u'/') || nameOrPath.contains(u'\\')
                || nameOrPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))) {
            error.file = nameOrPath;
            error.message = QFileInfo::exists(path) ? tr("cannot read the file (%1)").arg(file.errorString())
                                                    : tr("file not found");
            return error;
        }
        error.message = tr("unknown profile \"%1\": use %2 or a profile file")
                            .arg(nameOrPath, builtInNames().join(QLatin1String(", ")));
        if (const QString nearest = NearestKey::find(nameOrPath, builtInNames()); !nearest.isEmpty())
            error.message += u' ' + tr("(did you mean %1?)").arg(nearest);
        return error;
    }
    auto profile = fromJson(file.readAll(), builtIn ? nameOrPath : QFileInfo(path).fileName());
    if (profile && builtIn)
        profile->m_currencyStated = false;
    if (!profile || builtIn)
        return profile;
    // A user's profile starts from the built-in one of its format: it states only what differs.
    auto builtInProfile = load(formatKey(profile->m_format));
    if (builtInProfile)
        profile->inherit(*builtInProfile);
    return profile;
}

void ImportProfile::inherit(const ImportProfile &base)
{
    m_fingerprint =
        QCryptographicHash::hash(QByteArray(m_fingerprint + base.m_fingerprint), QCryptographicHash::Sha256);
    for (auto it = base.m_files.constBegin(); it != base.m_files.constEnd(); ++it)
        if (!m_files.contains(it.key()))
            m_files.insert(it.key(), it.value());
    for (auto it = base.m_columns.constBegin(); it != base.m_columns.constEnd(); ++it) {
        QHash<QString, QStringList> &columns = m_columns[it.key()];
        for (auto field = it->constBegin(); field != it->constEnd(); ++field)
            if (!columns.contains(field.key()))
                columns.insert(field.key(), field.value());
    }
    if (m_stages.empty())
        m_stages = base.m_stages;
    for (auto it = base.m_categories.constBegin(); it != base.m_categories.constEnd(); ++it)
        if (!m_categories.contains(it.key()))
            m_categories.insert(it.key(), it.value());
    for (auto it = base.m_types.constBegin(); it != base.m_types.constEnd(); ++it)
        if (!m_types.contains(it.key()))
            m_types.insert(it.key(), it.value());
    for (auto it = base.m_values.constBegin(); it != base.m_values.constEnd(); ++it) {
        QHash<QString, QString> &values = m_values[it.key()];
        for (auto value = it->constBegin(); value != it->constEnd(); ++value)
            if (!values.contains(value.key()))
                values.insert(value.key(), value.value());
    }
    for (auto it = base.m_sourceGroups.constBegin(); it != base.m_sourceGroups.constEnd(); ++it)
        if (!m_sourceGroups.contains(it.key()))
            m_sourceGroups.insert(it.key(), it.value());
    if (!m_explicitDateFormats)
        m_dateFormats = base.m_dateFormats;
    for (const QString &id : base.m_placeholderIds)
        if (!m_placeholderIds.contains(id))
            m_placeholderIds << id;
    if (m_currency.isEmpty())
        m_currency = base.m_currency;
    if (!m_districtFrom)
        m_districtFrom = base.m_districtFrom;
    if (!m_regionFrom)
        m_regionFrom = base.m_regionFrom;
}

Result<ImportProfile> ImportProfile::fromJson(const QByteArray &json, const QString &origin)
{
    Error error;
    error.kind = Error::Kind::BadInput;
    error.file = origin;
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(json.constData(), json.constData() + json.size());
    } catch (const nlohmann::json::parse_error &e) {
        const auto at = JsonLocator::positionAt(json, qsizetype(e.byte) - 1);
        error.line = at.line;
        error.column = at.column;
        error.message = tr("the profile is not valid JSON (%1)").arg(QString::fromUtf8(e.what()));
        return error;
    } catch (const nlohmann::json::exception &e) {
        // out_of_range for a number too large for a double.
        error.line = 1;
        error.message = tr("the profile is not valid JSON (%1)").arg(QString::fromUtf8(e.what()));
        return error;
    }
    if (!root.is_object()) {
        error.message = tr("the profile is not a JSON object");
        return error;
    }
    // Every key and value against docs/import-profile.schema.json: a misspelt key is an error,
    // not a setting silently left at its default.
    if (const std::vector<Error> problems = ProfileValidator::check(root, json, origin); !problems.empty())
        return ProfileValidator::combine(problems);

    ImportProfile profile;
    try {
        profile.m_name = qstr(root.value("name", nlohmann::json(origin.toStdString())));
        const QString format = qstr(root.value("format", nlohmann::json("canonical")));
        bool knownFormat = false;
        for (const Format candidate :
             {Format::Canonical, Format::Salesforce, Format::Maven, Format::Bitrix24, Format::AmoCrm}) {
            if (format == formatKey(candidate)) {
                profile.m_format = candidate;
                knownFormat = true;
            }
        }
        if (!knownFormat) {
            error.message =
                tr("unknown profile format \"%1\" (%2)").arg(format, builtInNames().join(QLatin1String(", ")));
            return error;
        }
        profile.m_encoding = qstr(root.value("encoding", nlohmann::json("auto")));
        const QString delimiter = qstr(root.value("delimiter", nlohmann::json("auto")));
        if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\t"))
            profile.m_delimiter = u'\t';
        else if (delimiter.size() == 1)
            profile.m_delimiter = delimiter.at(0);
        profile.m_currency = qstr(root.value("currency", nlohmann::json(""))).trimmed().toUpper();
        profile.m_currencyStated = !profile.m_currency.isEmpty();
        const QString decimal = qstr(root.value("decimal_separator", nlohmann::json(".")));
        profile.m_decimalSeparator = decimal.isEmpty() ? QChar(u'.') : decimal.at(0);
        for (const auto &format : root.value("date_formats", nlohmann::json::array()))
            profile.m_dateFormats << qstr(format);
        for (const auto &id : root.value("placeholder_ids", nlohmann::json::array()))
            profile.m_placeholderIds << qstr(id);
        for (const auto &[table, names] : object(root, "files").items()) {
            QStringList list;
            if (names.is_string())
                list << qstr(names);
            else
                for (const auto &n : names)
                    list << qstr(n);
            profile.m_files.insert(QString::fromStdString(table), list);
        }
        for (const auto &[table, mapping] : object(root, "columns").items()) {
            QHash<QString, QStringList> columns;
            for (const auto &[field, column] : mapping.items()) {
                QStringList headers;
                if (column.is_array())
                    for (const auto &header : column)
                        headers << qstr(header);
                else
                    headers << qstr(column);
                headers.removeAll(QString());
                columns.insert(QString::fromStdString(field), headers);
            }
            profile.m_columns.insert(QString::fromStdString(table), columns);
        }
        for (const auto &[key, target] :
             {std::pair{"district_from", &profile.m_districtFrom}, std::pair{"region_from", &profile.m_regionFrom}}) {
            if (!root.contains(key))
                continue;
            const QString value = qstr(root.at(key));
            *target = RepPlacement::parse(value);
            if (!*target) {
                error.message =
                    tr("%1: \"%2\" is not column, role, parent_role or role_level:N").arg(QLatin1String(key), value);
                return error;
            }
        }
        int order = 0;
        for (const auto &entry : root.value("stages", nlohmann::json::array())) {
            StageRule rule;
            rule.stage.name = qstr(entry.at("name"));
            const std::optional<int> probability = intField(entry, "probability", 0);
            const std::optional<int> sortOrder = intField(entry, "sort_order", ++order);
            if (!probability || !sortOrder) {
                error.message = tr("stage \"%1\": %2 is too large")
                                    .arg(rule.stage.name, QLatin1String(probability ? "sort_order" : "probability"));
                return error;
            }
            rule.stage.probability = *probability;
            rule.stage.sortOrder = *sortOrder;
            rule.stage.isWon = entry.value("won", false);
            rule.stage.isLost = entry.value("lost", false);
            for (const auto &source : entry.value("source", nlohmann::json::array()))
                rule.sources << qstr(source);
            if (rule.sources.isEmpty())
                rule.sources << rule.stage.name;
            if (entry.contains("category")) {
                rule.category = forecastCategoryFromKey(qstr(entry.at("category")));
                if (!rule.category) {
                    error.message =
                        tr("stage \"%1\": unknown category \"%2\"").arg(rule.stage.name, qstr(entry.at("category")));
                    return error;
                }
            }
            if (rule.stage.name.isEmpty() || rule.stage.probability < 0 || rule.stage.probability > 100) {
                error.message = tr("a stage needs a name and a probability from 0 to 100");
                return error;
            }
            profile.m_stages.push_back(rule);
        }
        for (const auto &[source, key] : object(root, "categories").items()) {
            const auto category = forecastCategoryFromKey(qstr(key));
            if (!category) {
                error.message = tr("unknown forecast category \"%1\"").arg(qstr(key));
                return error;
            }
            profile.m_categories.insert(QString::fromStdString(source).toLower(), *category);
        }
        for (const auto &[source, key] : object(root, "types").items()) {
            const auto type = dealTypeFromKey(qstr(key));
            if (!type) {
                error.message = tr("unknown deal type \"%1\"").arg(qstr(key));
                return error;
            }
            profile.m_types.insert(QString::fromStdString(source).toLower(), *type);
        }
        // The schema check above admits only the four group keys.
        for (const auto &[source, key] : object(root, "source_groups").items()) {
            if (const auto group = sourceGroupFromKey(qstr(key)))
                profile.m_sourceGroups.insert(QString::fromStdString(source).trimmed().toLower(), *group);
        }
        for (const auto &[field, mapping] : object(root, "values").items()) {
            QHash<QString, QString> &values = profile.m_values[QString::fromStdString(field)];
            for (const auto &[source, key] : mapping.items())
                values.insert(QString::fromStdString(source).trimmed().toLower(), qstr(key));
        }
    } catch (const nlohmann::json::exception &e) {
        error.message = tr("the profile has a wrong value (%1)").arg(QString::fromUtf8(e.what()));
        return error;
    }
    profile.m_fingerprint = QCryptographicHash::hash(json, QCryptographicHash::Sha256);
    profile.m_explicitDateFormats = !profile.m_dateFormats.isEmpty();
    if (profile.m_dateFormats.isEmpty())
        profile.m_dateFormats << QStringLiteral("yyyy-MM-dd");
    return profile;
}

QStringList ImportProfile::fileNames(const QString &table) const
{
    return m_files.value(table);
}

namespace {
bool isPattern(const QString &name)
{
    return name.contains(u'*') || name.contains(u'?');
}
} // namespace

bool ImportProfile::namesFile(const QString &table, const QString &fileName) const
{
    for (const QString &name : m_files.value(table))
        if (!isPattern(name) && name.compare(fileName, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool ImportProfile::matchesFilePattern(const QString &table, const QString &fileName) const
{
    for (const QString &name : m_files.value(table)) {
        if (!isPattern(name))
            continue;
        const QRegularExpression pattern(QRegularExpression::wildcardToRegularExpression(name),
                                         QRegularExpression::CaseInsensitiveOption);
        if (pattern.match(fileName).hasMatch())
            return true;
    }
    return false;
}

bool ImportProfile::knowsFile(const QString &fileName) const
{
    if (m_format == Format::Canonical && fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return true;
    for (auto it = m_files.constBegin(); it != m_files.constEnd(); ++it)
        if (namesFile(it.key(), fileName) || matchesFilePattern(it.key(), fileName))
            return true;
    return false;
}

QString ImportProfile::column(const QString &table, const QString &field) const
{
    return columns(table, field).value(0, field);
}

QStringList ImportProfile::columns(const QString &table, const QString &field) const
{
    const QStringList headers = m_columns.value(table).value(field);
    return headers.isEmpty() ? QStringList{field} : headers;
}

bool ImportProfile::isPlaceholderId(const QString &value) const
{
    return m_placeholderIds.contains(value);
}

std::vector<Stage> ImportProfile::ladder() const
{
    std::vector<Stage> stages;
    for (const StageRule &rule : m_stages)
        stages.push_back(rule.stage);
    return stages;
}

const ImportProfile::StageRule *ImportProfile::stageFor(const QString &sourceStage) const
{
    const QString wanted = sourceStage.trimmed();
    for (const StageRule &rule : m_stages)
        for (const QString &source : rule.sources)
            if (source.compare(wanted, Qt::CaseInsensitive) == 0)
                return &rule;
    return nullptr;
}

std::optional<ForecastCategory> ImportProfile::categoryFor(const QString &sourceCategory) const
{
    const QString key = sourceCategory.trimmed().toLower();
    if (auto it = m_categories.constFind(key); it != m_categories.constEnd())
        return *it;
    return forecastCategoryFromKey(key);
}

std::optional<DealType> ImportProfile::dealTypeFor(const QString &sourceType) const
{
    const QString key = sourceType.trimmed().toLower();
    if (key.isEmpty())
        return DealType::New;
    if (auto it = m_types.constFind(key); it != m_types.constEnd())
        return *it;
    return dealTypeFromKey(key);
}

QString ImportProfile::valueFor(const QString &table, const QString &field, const QString &value) const
{
    const auto values = m_values.constFind(table + u'.' + field);
    if (values == m_values.constEnd())
        return value;
    return values->value(value.trimmed().toLower(), value);
}

} // namespace dmc
