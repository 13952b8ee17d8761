#include "QuestionBank.h"

#include "analytics/risk/RuleSet.h"
#include "i18n/Typography.h"

#include <QFile>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace dmc {

namespace {

using json = nlohmann::json;

Error badInput(const QString &source, const QString &message)
{
    Error error;
    error.kind = Error::Kind::BadInput;
    error.file = source;
    error.message = message;
    return error;
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z_]+)\\}"));
    return pattern;
}

} // namespace

QStringList QuestionBank::placeholders()
{
    return {QStringLiteral("deal"),  QStringLiteral("account"), QStringLiteral("close_date"), QStringLiteral("amount"),
            QStringLiteral("stage"), QStringLiteral("days"),    QStringLiteral("element")};
}

QString QuestionBank::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Diagnostic: return QStringLiteral("diagnostic");
    case Kind::ForcingFunction: return QStringLiteral("forcing_function");
    case Kind::Accountability: return QStringLiteral("accountability");
    }
    return {};
}

QString QuestionBank::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Diagnostic: return tr("Diagnostic");
    case Kind::ForcingFunction: return tr("Forcing function");
    case Kind::Accountability: return tr("Accountability");
    }
    return {};
}

Result<QuestionBank> QuestionBank::fromJson(const QByteArray &text, const QString &source)
{
    json root;
    try {
        root = json::parse(text.begin(), text.end());
    } catch (const json::exception &e) {
        // parse_error, or out_of_range for a number too large for a double.
        return badInput(source, tr("not valid JSON (%1)").arg(QString::fromUtf8(e.what())));
    }
    if (!root.is_object() || !root.contains("questions") || !root["questions"].is_array())
        return badInput(source, tr("questions: expected a list"));

    const QStringList ruleIds = RuleSet::ruleIds();
    const QStringList allowed = placeholders();
    QuestionBank bank;
    const json &list = root["questions"];
    for (size_t i = 0; i < list.size(); ++i) {
        const json &node = list[i];
        const QString path = QStringLiteral("questions[%1]").arg(i);
        auto text = [&](const char *key) -> QString {
            return node.contains(key) && node[key].is_string() ? QString::fromStdString(node[key].get<std::string>())
                                                               : QString();
        };
        if (!node.is_object())
            return badInput(source, tr("%1: expected an object").arg(path));
        Question question;
        question.id = text("id");
        if (question.id.isEmpty())
            return badInput(source, tr("%1.id: expected the question id as text").arg(path));
        const QString kind = text("kind");
        bool knownKind = false;
        for (auto k : {Kind::Diagnostic, Kind::ForcingFunction, Kind::Accountability}) {
            if (kindKey(k) == kind) {
                question.kind = k;
                knownKind = true;
            }
        }
        if (!knownKind)
            return badInput(source, tr("%1.kind: unknown kind \"%2\"").arg(path, kind));
        if (node.contains("rules")) {
            if (!node["rules"].is_array())
                return badInput(source, tr("%1.rules: expected a list of rule ids").arg(path));
            for (const auto &rule : node["rules"]) {
                const QString id = rule.is_string() ? QString::fromStdString(rule.get<std::string>()) : QString();
                if (!ruleIds.contains(id))
                    return badInput(source, tr("%1.rules: unknown rule \"%2\"").arg(path, id));
                question.rules << id;
            }
        }
        question.english = text("en");
        question.russian = text("ru");
        for (const auto &[language, value] : {std::pair{"en", question.english}, std::pair{"ru", question.russian}}) {
            if (value.trimmed().isEmpty())
                return badInput(source, tr("%1.%2: missing text").arg(path, QLatin1String(language)));
            auto it = placeholderPattern().globalMatch(value);
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                if (!allowed.contains(name))
                    return badInput(source,
                                    tr("%1.%2: unknown placeholder {%3}").arg(path, QLatin1String(language), name));
            }
        }
        bank.m_questions.push_back(std::move(question));
    }
    return bank;
}

const QuestionBank &QuestionBank::shipped()
{
    static const QuestionBank bank = [] {
        QFile file(QStringLiteral(":/coaching/question-bank.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QuestionBank();
        auto parsed = fromJson(file.readAll(), QStringLiteral("question-bank.json"));
        return parsed.ok() ? parsed.value() : QuestionBank();
    }();
    return bank;
}

std::vector<const QuestionBank::Question *> QuestionBank::questionsFor(const QStringList &ruleIds) const
{
    std::vector<const Question *> specific;
    std::vector<const Question *> general;
    for (const auto &question : m_questions) {
        if (question.rules.isEmpty()) {
            general.push_back(&question);
            continue;
        }
        for (const QString &rule : ruleIds) {
            if (question.rules.contains(rule)) {
                specific.push_back(&question);
                break;
            }
        }
    }
    specific.insert(specific.end(), general.begin(), general.end());
    return specific;
}

QString QuestionBank::fill(const Question &question, const QString &language, const QMap<QString, QString> &values)
{
    const QString &pattern = language == QLatin1String("ru") ? question.russian : question.english;
    QString result;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(pattern);
    while (it.hasNext()) {
        const auto match = it.next();
        result += pattern.mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        result += values.contains(name) ? values.value(name) : match.captured(0);
        last = match.capturedEnd();
    }
    result += pattern.mid(last);
    // The bank is not a catalogue: its Russian numbers get their no-break spaces here.
    return language == QLatin1String("ru") ? Typography::bindNumbers(result) : result;
}

} // namespace dmc
