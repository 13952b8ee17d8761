#include "ProfileValidator.h"

#include "import/profile/JsonLocator.h"
#include "import/profile/NearestKey.h"

#include <QFile>
#include <QStringDecoder>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace dmc {

namespace {

using json = nlohmann::json;

QString qstr(const std::string &text)
{
    return QString::fromStdString(text);
}

// A value as a message quotes it: JSON text, a long string cut, containers by their kind.
QString shown(const json &value)
{
    if (value.is_object())
        return ProfileValidator::tr("an object");
    if (value.is_array())
        return ProfileValidator::tr("a list");
    if (value.is_string()) {
        QString text = qstr(value.get<std::string>());
        if (text.size() > 40)
            text = text.left(37) + QStringLiteral("...");
        return qstr(json(text.toStdString()).dump());
    }
    return qstr(value.dump());
}

QString joinedValues(const json &values)
{
    QStringList list;
    for (const json &value : values)
        list << qstr(value.dump());
    return list.join(QLatin1String(", "));
}

bool isWholeNumber(const json &value)
{
    if (value.is_number_integer())
        return true;
    if (!value.is_number_float())
        return false;
    const double number = value.get<double>();
    return std::isfinite(number) && number == std::floor(number);
}

bool hasType(const json &value, const std::string &type)
{
    if (type == "object")
        return value.is_object();
    if (type == "array")
        return value.is_array();
    if (type == "string")
        return value.is_string();
    if (type == "boolean")
        return value.is_boolean();
    if (type == "integer")
        return isWholeNumber(value);
    if (type == "number")
        return value.is_number();
    if (type == "null")
        return value.is_null();
    return false;
}

struct Problem
{
    JsonLocator::Position at;
    QString message;
};

// One run over one profile: the schema's keywords applied to the parsed value, recursively.
class Walker
{
public:
    Walker(const json &schema, const JsonLocator &locator)
        : m_schema(schema)
        , m_locator(locator)
    {
    }

    // `report` false: a probe (if, anyOf) that records nothing.
    bool validate(const json &schemaNode, const json &value, const QString &path, bool report);
    std::vector<Problem> problems() { return std::move(m_problems); }

private:
    const json &resolve(const json &node) const;
    QString describe(const json &schemaNode) const;
    bool typeMatches(const json &schemaNode, const json &value) const;
    void add(const QString &path, const QString &message);
    void addAt(const JsonLocator::Position &at, const QString &message);
    static QString prefixed(const QString &path, const QString &message);

    const json &m_schema;
    const JsonLocator &m_locator;
    std::vector<Problem> m_problems;
};

const json &Walker::resolve(const json &node) const
{
    const json *current = &node;
    // Only local references into $defs are used; a few hops at most (guards a cycle).
    for (int hops = 0; hops < 8 && current->is_object() && current->contains("$ref"); ++hops) {
        const std::string ref = current->at("$ref").get<std::string>();
        const std::string prefix = "#/$defs/";
        if (ref.rfind(prefix, 0) != 0)
            break;
        const auto defs = m_schema.find("$defs");
        if (defs == m_schema.end() || !defs->contains(ref.substr(prefix.size())))
            break;
        current = &defs->at(ref.substr(prefix.size()));
    }
    return *current;
}

bool Walker::typeMatches(const json &node, const json &value) const
{
    const auto type = node.find("type");
    if (type == node.end())
        return true;
    if (type->is_string())
        return hasType(value, type->get<std::string>());
    for (const json &one : *type)
        if (one.is_string() && hasType(value, one.get<std::string>()))
            return true;
    return false;
}

QString Walker::describe(const json &schemaNode) const
{
    const json &node = resolve(schemaNode);
    if (const auto any = node.find("anyOf"); any != node.end()) {
        QStringList parts;
        for (const json &branch : *any)
            parts << describe(branch);
        return parts.join(ProfileValidator::tr(" or "));
    }
    if (const auto values = node.find("enum"); values != node.end())
        return ProfileValidator::tr("one of %1").arg(joinedValues(*values));
    const std::string type = node.value("type", std::string());
    if (type == "boolean")
        return ProfileValidator::tr("true/false");
    if (type == "string")
        return node.value("minLength", 0) > 0 ? ProfileValidator::tr("a non-empty string")
                                              : ProfileValidator::tr("a string");
    if (type == "integer") {
        if (node.contains("minimum") && node.contains("maximum"))
            return ProfileValidator::tr("a whole number from %1 to %2")
                .arg(qstr(node.at("minimum").dump()), qstr(node.at("maximum").dump()));
        return ProfileValidator::tr("a whole number");
    }
    if (type == "number")
        return ProfileValidator::tr("a number");
    if (type == "object")
        return ProfileValidator::tr("an object");
    if (type == "array") {
        static const json none = json::object();
        const json &items = node.contains("items") ? resolve(node.at("items")) : none;
        if (items.value("type", std::string()) == "string")
            return ProfileValidator::tr("a list of strings");
        if (items.value("type", std::string()) == "object")
            return ProfileValidator::tr("a list of objects");
        return ProfileValidator::tr("a list");
    }
    return ProfileValidator::tr("another value");
}

QString Walker::prefixed(const QString &path, const QString &message)
{
    return path.isEmpty() ? message : QStringLiteral("%1: %2").arg(path, message);
}

void Walker::add(const QString &path, const QString &message)
{
    addAt(m_locator.find(path), message);
}

void Walker::addAt(const JsonLocator::Position &at, const QString &message)
{
    // A value checked by two schemas (a key's own and its format's) reports a fault once.
    for (const Problem &problem : m_problems)
        if (problem.message == message && problem.at.line == at.line && problem.at.column == at.column)
            return;
    m_problems.push_back({at, message});
}

bool Walker::validate(const json &schemaNode, const json &value, const QString &path, bool report)
{
    const json &node = resolve(schemaNode);
    if (!node.is_object())
        return !(node.is_boolean() && !node.get<bool>());
    auto fail = [&](const QString &message) {
        if (report)
            add(path, prefixed(path, message));
        return false;
    };
    auto expected = [&](const json &forNode) {
        return fail(ProfileValidator::tr("expected %1, got %2").arg(describe(forNode), shown(value)));
    };

    if (!typeMatches(node, value))
        return expected(node);
    if (const auto values = node.find("enum"); values != node.end()) {
        if (std::find(values->begin(), values->end(), value) == values->end()) {
            QStringList words;
            for (const json &word : *values)
                if (word.is_string())
                    words << qstr(word.get<std::string>());
            const QString nearest =
                value.is_string() ? NearestKey::find(qstr(value.get<std::string>()), words) : QString();
            if (nearest.isEmpty())
                return expected(node);
            return fail(ProfileValidator::tr("expected %1, got %2 — did you mean %3?")
                            .arg(describe(node), shown(value), qstr(json(nearest.toStdString()).dump())));
        }
    }
    if (const auto constant = node.find("const"); constant != node.end() && *constant != value)
        return fail(ProfileValidator::tr("expected %1, got %2").arg(qstr(constant->dump()), shown(value)));

    bool ok = true;
    if (value.is_number()) {
        const double number = value.get<double>();
        const bool below = node.contains("minimum") && number < node.at("minimum").get<double>();
        const bool above = node.contains("maximum") && number > node.at("maximum").get<double>();
        if (below || above)
            ok = expected(node);
    }
    if (value.is_string()) {
        const QString text = qstr(value.get<std::string>());
        if (text.size() < node.value("minLength", 0))
            ok = expected(node);
        if (node.value("format", std::string()) == "encoding" && !text.isEmpty()
            && text.compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0
            && !QStringDecoder(text.toLatin1().constData()).isValid())
            ok = fail(ProfileValidator::tr("the encoding \"%1\" is not supported").arg(text));
    }
    if (value.is_object()) {
        const json properties = node.value("properties", json::object());
        for (const json &key : node.value("required", json::array())) {
            if (!value.contains(key.get<std::string>())) {
                ok = fail(ProfileValidator::tr("the key `%1` is missing").arg(qstr(key.get<std::string>())));
            }
        }
        const auto additional = node.find("additionalProperties");
        for (auto member = value.begin(); member != value.end(); ++member) {
            const QString key = qstr(member.key());
            const QString memberPath = JsonLocator::member(path, key);
            if (const auto known = properties.find(member.key()); known != properties.end()) {
                ok = validate(*known, member.value(), memberPath, report) && ok;
            } else if (additional != node.end() && additional->is_boolean() && !additional->get<bool>()) {
                ok = false;
                if (!report)
                    continue;
                QStringList keys;
                for (auto it = properties.begin(); it != properties.end(); ++it)
                    keys << qstr(it.key());
                const QString nearest = NearestKey::find(key, keys);
                if (!nearest.isEmpty())
                    add(memberPath,
                        ProfileValidator::tr("unknown key `%1` — did you mean `%2`?").arg(memberPath, nearest));
                else if (keys.isEmpty())
                    add(memberPath, ProfileValidator::tr("unknown key `%1` (no keys are read here)").arg(memberPath));
                else
                    add(memberPath,
                        ProfileValidator::tr("unknown key `%1` (the keys read here: %2)")
                            .arg(memberPath, keys.join(QLatin1String(", "))));
            } else if (additional != node.end() && additional->is_object()) {
                ok = validate(*additional, member.value(), memberPath, report) && ok;
            }
        }
    }
    if (value.is_array()) {
        if (const auto items = node.find("items"); items != node.end())
            for (size_t i = 0; i < value.size(); ++i)
                ok = validate(*items, value.at(i), JsonLocator::element(path, qsizetype(i)), report) && ok;
    }
    if (const auto any = node.find("anyOf"); any != node.end()) {
        // The branch whose type fits reports its own faults; when none fits, the choices are named.
        const json *fitting = nullptr;
        bool passed = false;
        for (const json &branch : *any) {
            if (validate(branch, value, path, false)) {
                passed = true;
                break;
            }
            if (!fitting && typeMatches(resolve(branch), value))
                fitting = &branch;
        }
        if (!passed) {
            if (fitting)
                validate(*fitting, value, path, report);
            else
                expected(node);
            ok = false;
        }
    }
    for (const json &part : node.value("allOf", json::array()))
        ok = validate(part, value, path, report) && ok;
    if (const auto condition = node.find("if"); condition != node.end()) {
        const bool holds = validate(*condition, value, path, false);
        const char *branch = holds ? "then" : "else";
        if (const auto next = node.find(branch); next != node.end())
            ok = validate(*next, value, path, report) && ok;
    }
    return ok;
}

json readSchema()
{
    QFile file(QStringLiteral(":/schema/import-profile.schema.json"));
    if (!file.open(QIODevice::ReadOnly))
        return json::object();
    const QByteArray text = file.readAll();
    try {
        return json::parse(text.constData(), text.constData() + text.size());
    } catch (const json::exception &) {
        return json::object();
    }
}

} // namespace

const nlohmann::json &ProfileValidator::schema()
{
    static const json loaded = readSchema();
    return loaded;
}

std::vector<Error> ProfileValidator::check(const nlohmann::json &root, const QByteArray &text, const QString &origin)
{
    const JsonLocator locator(text);
    Walker walker(schema(), locator);
    walker.validate(schema(), root, QString(), true);
    std::vector<Problem> problems = walker.problems();
    for (const JsonLocator::Duplicate &duplicate : locator.duplicates())
        problems.push_back(
            {duplicate.at,
             tr("the key `%1` is given twice (first on line %2)").arg(duplicate.path).arg(duplicate.first.line)});
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) {
        return a.at.line != b.at.line ? a.at.line < b.at.line : a.at.column < b.at.column;
    });
    std::vector<Error> errors;
    for (const Problem &problem : problems) {
        Error error;
        error.kind = Error::Kind::BadInput;
        error.file = origin;
        error.line = problem.at.line;
        error.column = problem.at.column;
        error.message = problem.message;
        errors.push_back(error);
    }
    return errors;
}

Error ProfileValidator::combine(const std::vector<Error> &errors)
{
    if (errors.empty())
        return Error();
    Error combined = errors.front();
    for (size_t i = 1; i < errors.size(); ++i)
        combined.message += u'\n' + errors[i].toString();
    return combined;
}

} // namespace dmc
