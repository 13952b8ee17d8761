#pragma once

#include "domain/Error.h"
#include "domain/ForecastCategory.h"
#include "domain/Opportunity.h"
#include "domain/SourceGroup.h"
#include "domain/Stage.h"
#include "import/sources/RepPlacement.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dmc {

// How to read one CRM's export (docs/import-profiles.md): which importer, file names, column
// mapping, stage ladder, category and deal-type mappings, date formats, delimiter, encoding,
// currency and placeholder ids. Built-ins live at :/profiles/NAME.json; a user may pass a file.
class ImportProfile
{
    Q_DECLARE_TR_FUNCTIONS(dmc::ImportProfile)

public:
    enum class Format { Canonical, Salesforce, Maven, Bitrix24, AmoCrm };

    struct StageRule
    {
        Stage stage;                              // ladder name, probability, order, won / lost
        QStringList sources;                      // stage names in the export (default: the name)
        std::optional<ForecastCategory> category; // when the export has no category column
    };

    // A built-in name (builtInNames()) or the path of a profile file.
    static Result<ImportProfile> load(const QString &nameOrPath);
    static Result<ImportProfile> fromJson(const QByteArray &json, const QString &origin);
    static QStringList builtInNames();
    // The format's key in a profile ("bitrix24"), also the name of its built-in profile.
    static QString formatKey(Format format);

    QString name() const { return m_name; }
    // A hash of the profile's text (and its built-in base's): an import of the same files with an
    // edited profile is read again rather than skipped as already imported.
    QByteArray fingerprint() const { return m_fingerprint; }
    Format format() const { return m_format; }
    QString encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; } // null: detect
    QString currency() const { return m_currency; }
    // Whether the user's own profile names the currency (a built-in's is only a default for
    // amounts without one): it then becomes the reporting currency of a new database.
    bool statesCurrency() const { return m_currencyStated; }
    QStringList dateFormats() const { return m_dateFormats; }
    QChar decimalSeparator() const { return m_decimalSeparator; }

    // Files holding a logical table ("opportunities"), matched case-insensitively; an entry
    // with * or ? is a wildcard pattern ("*.csv").
    QStringList fileNames(const QString &table) const;
    QStringList tables() const { return m_files.keys(); }
    // Whether a file name is one of the table's names (exact) or matches one of its patterns.
    bool namesFile(const QString &table, const QString &fileName) const;
    bool matchesFilePattern(const QString &table, const QString &fileName) const;
    // Whether a file in a folder belongs to the export (its name is in `files`, or it is
    // canonical JSON); other files in the folder are not read or hashed.
    bool knowsFile(const QString &fileName) const;
    // Header of the export's column for a logical field; the field itself when unmapped.
    QString column(const QString &table, const QString &field) const;
    // Every header that may hold the field, in the order tried (a profile may list several:
    // the Russian and the English header of one export).
    QStringList columns(const QString &table, const QString &field) const;
    // Every field the profile maps for the table ("id", "stage", ...).
    QStringList fields(const QString &table) const { return m_columns.value(table).keys(); }

    // Where a rep's district and region come from (Salesforce: users' columns or role tree).
    RepPlacement districtFrom() const { return m_districtFrom.value_or(RepPlacement()); }
    RepPlacement regionFrom() const { return m_regionFrom.value_or(RepPlacement()); }

    bool isPlaceholderId(const QString &value) const;
    const std::vector<StageRule> &stageRules() const { return m_stages; }
    std::vector<Stage> ladder() const;
    const StageRule *stageFor(const QString &sourceStage) const;
    std::optional<ForecastCategory> categoryFor(const QString &sourceCategory) const;
    std::optional<DealType> dealTypeFor(const QString &sourceType) const; // empty -> New
    // A picklist value of the export as the canonical value its field takes: the profile's
    // `values` table ("pocs.status": {"In Progress": "active"}), matched case-insensitively;
    // the value itself when the table does not list it.
    QString valueFor(const QString &table, const QString &field, const QString &value) const;
    // The profile's `source_groups` table: lead source (trimmed, lower case) -> source group;
    // values it does not list take the default table (docs/definitions.md#source-mix).
    const QHash<QString, SourceGroup> &sourceGroups() const { return m_sourceGroups; }

private:
    // Fills what this profile leaves out from `base` (files, columns, stages, mappings, ...).
    void inherit(const ImportProfile &base);

    QString m_name;
    QByteArray m_fingerprint;
    Format m_format = Format::Canonical;
    QString m_encoding = QStringLiteral("auto");
    QChar m_delimiter;
    QString m_currency;
    bool m_currencyStated = false;
    QStringList m_dateFormats;
    bool m_explicitDateFormats = false;
    QChar m_decimalSeparator = u'.';
    QHash<QString, QStringList> m_files;
    QHash<QString, QHash<QString, QStringList>> m_columns;
    std::optional<RepPlacement> m_districtFrom;
    std::optional<RepPlacement> m_regionFrom;
    QStringList m_placeholderIds;
    std::vector<StageRule> m_stages;
    QHash<QString, ForecastCategory> m_categories;    // keys lower-case
    QHash<QString, DealType> m_types;                 // keys lower-case
    QHash<QString, QHash<QString, QString>> m_values; // "table.field" -> lower-case export value -> canonical
    QHash<QString, SourceGroup> m_sourceGroups;       // lower-case lead source -> group
};

} // namespace dmc
