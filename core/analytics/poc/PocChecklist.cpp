#include "PocChecklist.h"

#include "store/Database.h"

#include <QFile>

#include <nlohmann/json.hpp>

namespace dmc {

namespace {

using json = nlohmann::json;

QString qstr(const std::string &text)
{
    return QString::fromStdString(text);
}

Error badChecklist(const QString &source, const QString &message)
{
    Error error;
    error.kind = Error::Kind::BadInput;
    error.file = source;
    error.message = message;
    return error;
}

// Parses the file format into items; the ids known, each listed once.
Result<std::vector<PocChecklist::Item>> parse(const QByteArray &text, const QString &source)
{
    const json root = json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return badChecklist(source, PocChecklist::tr("not a JSON object"));
    if (!root.contains("items") || !root["items"].is_array())
        return badChecklist(source, PocChecklist::tr("items: expected a list"));
    std::vector<PocChecklist::Item> items;
    QStringList seen;
    const QStringList known = PocChecklist::itemIds();
    int index = 0;
    for (const json &entry : root["items"]) {
        const QString path = QStringLiteral("items[%1]").arg(index++);
        if (!entry.is_object() || !entry.contains("id") || !entry["id"].is_string())
            return badChecklist(source, PocChecklist::tr("%1: expected an object with an id").arg(path));
        PocChecklist::Item item;
        item.id = qstr(entry["id"].get<std::string>());
        if (!known.contains(item.id))
            return badChecklist(source,
                                PocChecklist::tr("%1.id: \"%2\" is not one of %3")
                                    .arg(path, item.id, known.join(QStringLiteral(", "))));
        if (seen.contains(item.id))
            return badChecklist(source, PocChecklist::tr("%1.id: \"%2\" is listed twice").arg(path, item.id));
        seen << item.id;
        if (entry.contains("required")) {
            if (!entry["required"].is_boolean())
                return badChecklist(source, PocChecklist::tr("%1.required: expected true or false").arg(path));
            item.required = entry["required"].get<bool>();
        }
        if (entry.contains("min_count")) {
            if (!entry["min_count"].is_number_integer() || entry["min_count"].get<int>() < 1
                || entry["min_count"].get<int>() > 20)
                return badChecklist(source,
                                    PocChecklist::tr("%1.min_count: expected a whole number from 1 to 20").arg(path));
            item.minCount = entry["min_count"].get<int>();
        }
        items.push_back(item);
    }
    return items;
}

} // namespace

const PocChecklist &PocChecklist::shipped()
{
    static const PocChecklist checklist;
    return checklist;
}

PocChecklist::PocChecklist()
{
    QFile file(QStringLiteral(":/poc/dor-checklist.json"));
    if (file.open(QIODevice::ReadOnly)) {
        if (auto items = parse(file.readAll(), file.fileName()))
            m_items = std::move(*items);
    }
    Q_ASSERT(!m_items.empty());
}

Result<PocChecklist> PocChecklist::load(const Database &database)
{
    PocChecklist checklist;
    const QString stored = database.setting(SettingKey);
    if (stored.isEmpty())
        return checklist;
    if (Status merged = checklist.merge(stored.toUtf8(), tr("setting \"%1\"").arg(SettingKey)); !merged)
        return merged.error();
    return checklist;
}

Status PocChecklist::merge(const QByteArray &json, const QString &source)
{
    auto items = parse(json, source);
    if (!items)
        return items.error();
    for (const Item &item : *items) {
        auto it = std::find_if(m_items.begin(), m_items.end(), [&](const Item &own) { return own.id == item.id; });
        if (it != m_items.end())
            *it = item;
        else
            m_items.push_back(item);
    }
    return Done{};
}

const PocChecklist::Item *PocChecklist::item(const QString &id) const
{
    for (const Item &item : m_items)
        if (item.id == id)
            return &item;
    return nullptr;
}

std::vector<PocChecklist::Item> PocChecklist::requiredItems() const
{
    std::vector<Item> required;
    for (const Item &item : m_items)
        if (item.required)
            required.push_back(item);
    return required;
}

QStringList PocChecklist::itemIds()
{
    return {QStringLiteral("measurable_criterion"),
            QStringLiteral("environment_ready"),
            QStringLiteral("data_ready"),
            QStringLiteral("evaluator"),
            QStringLiteral("planned_end"),
            QStringLiteral("exit_plan"),
            QStringLiteral("next_step")};
}

QString PocChecklist::label(const QString &id)
{
    if (id == QLatin1String("measurable_criterion"))
        return tr("Measurable success criterion recorded by the start");
    if (id == QLatin1String("environment_ready"))
        return tr("Environment ready on or before the start");
    if (id == QLatin1String("data_ready"))
        return tr("Data ready");
    if (id == QLatin1String("evaluator"))
        return tr("Evaluator named");
    if (id == QLatin1String("planned_end"))
        return tr("Planned end date");
    if (id == QLatin1String("exit_plan"))
        return tr("Exit / rollback plan");
    if (id == QLatin1String("next_step"))
        return tr("Next step on success agreed");
    return id;
}

} // namespace dmc
