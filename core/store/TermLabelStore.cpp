#include "TermLabelStore.h"

#include "store/Database.h"
#include "store/DefaultTermLabels.h"
#include "store/Transaction.h"
#include "i18n/Translations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace dmc {

namespace {

const QString table = QStringLiteral("term_label");

Error usageError(const QString &message)
{
    Error error;
    error.kind = Error::Kind::Usage;
    error.message = message;
    return error;
}

} // namespace

TermLabelStore::TermLabelStore(Database &database)
    : m_database(database)
{
}

QStringList TermLabelStore::kinds()
{
    return {QStringLiteral("stage")};
}

Error TermLabelStore::databaseError(const QString &what, const QSqlQuery &query) const
{
    Error error = Database::databaseError(what, m_database.connection());
    const QString detail = query.lastError().text().trimmed();
    if (!detail.isEmpty())
        error.message = tr("%1 (%2)").arg(what, detail);
    return error;
}

Result<std::vector<TermLabel>> TermLabelStore::labels() const
{
    if (m_database.isReadOnly() && !m_database.connection().tables().contains(table)) {
        std::vector<TermLabel> defaults = defaultTermLabels();
        std::sort(defaults.begin(), defaults.end(), [](const TermLabel &a, const TermLabel &b) {
            return std::tie(a.kind, a.term, a.language) < std::tie(b.kind, b.term, b.language);
        });
        return defaults;
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT kind, term, language, label FROM term_label ORDER BY kind, term, language")))
        return databaseError(tr("cannot read the glossary"), query);
    std::vector<TermLabel> labels;
    while (query.next())
        labels.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString()});
    return labels;
}

Status TermLabelStore::check(const TermLabel &label)
{
    if (!kinds().contains(label.kind))
        return usageError(
            tr("Unknown kind \"%1\": the glossary holds %2.").arg(label.kind, kinds().join(QStringLiteral(", "))));
    const QStringList languages = Translations::availableLanguages();
    if (!languages.contains(label.language))
        return usageError(tr("Unknown language \"%1\": the glossary holds labels in %2.")
                              .arg(label.language, languages.join(QStringLiteral(", "))));
    if (label.term.trimmed().isEmpty())
        return usageError(tr("The term is empty: give the name as the CRM writes it."));
    return Done{};
}

Status TermLabelStore::setLabel(const TermLabel &label)
{
    if (Status checked = check(label); !checked)
        return checked;
    QSqlQuery query(m_database.connection());
    if (label.label.trimmed().isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM term_label WHERE kind = ? AND term = ? AND language = ?"));
        query.addBindValue(label.kind);
        query.addBindValue(label.term);
        query.addBindValue(label.language);
    } else {
        query.prepare(QStringLiteral("INSERT INTO term_label (kind, term, language, label) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT (kind, term, language) DO UPDATE SET label = excluded.label"));
        query.addBindValue(label.kind);
        query.addBindValue(label.term);
        query.addBindValue(label.language);
        query.addBindValue(label.label.trimmed());
    }
    if (!query.exec())
        return databaseError(tr("cannot save the label"), query);
    return Done{};
}

Result<int> TermLabelStore::addDefaults()
{
    Transaction transaction(m_database.connectionName());
    QSqlQuery query(m_database.connection());
    int added = 0;
    for (const QString &statement : defaultTermLabelStatements()) {
        if (!query.exec(statement))
            return databaseError(tr("cannot add the default labels"), query);
        added += std::max(0, query.numRowsAffected());
    }
    if (!transaction.commit())
        return databaseError(tr("cannot add the default labels"), query);
    return added;
}

} // namespace dmc
