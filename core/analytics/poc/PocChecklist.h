#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace dmc {

class Database;

// The definition of ready (DOR) of a POC at its start, as data (docs/definitions.md#pocs): the
// shipped items in :/poc/dor-checklist.json, the database's own choice in the setting `poc_dor`
// (the same format; the items it lists replace the shipped ones of the same id). An item that is
// not required is still ticked on the board but does not decide whether a POC was DOR-complete.
class PocChecklist
{
    Q_DECLARE_TR_FUNCTIONS(dmc::PocChecklist)

public:
    struct Item
    {
        QString id;           // one of itemIds()
        bool required = true; // counts for DOR-complete
        int minCount = 1;     // measurable_criterion only: how many measurable criteria
    };

    static inline const QString SettingKey = QStringLiteral("poc_dor");

    // The shipped checklist.
    PocChecklist();
    // One shared instance of the shipped checklist (the default where no database is at hand).
    static const PocChecklist &shipped();

    // The shipped checklist with the database's setting merged in.
    static Result<PocChecklist> load(const Database &database);
    // Merges a checklist in the file format; on error nothing changed. `source` names it in errors.
    Status merge(const QByteArray &json, const QString &source);

    const std::vector<Item> &items() const { return m_items; }
    const Item *item(const QString &id) const;
    std::vector<Item> requiredItems() const;

    // Every known item id in the shipped order.
    static QStringList itemIds();
    // What the item checks, as a person reads it ("Environment ready on or before the start").
    static QString label(const QString &id);

private:
    std::vector<Item> m_items;
};

} // namespace dmc
