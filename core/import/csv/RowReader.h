#pragma once

#include "CsvTable.h"
#include "domain/Error.h"
#include "domain/Money.h"
#include "import/profile/ImportProfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <optional>

namespace dmc {

// Typed access to one row of a CsvTable through the profile's column mapping. The first
// problem in a row is kept as an Error naming file, line, column and reason; the importer
// then rejects the row.
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(dmc::RowReader)

public:
    RowReader(const CsvTable &table, const ImportProfile &profile, const QString &logicalTable);

    // An error at the header line for the first required field without a column.
    std::optional<Error> missingColumn(const QStringList &requiredFields) const;
    bool has(const QString &field) const { return index(field) >= 0; }
    // Canonical exports prefix risky text ("=...") with a quote; strip it back on import.
    void setUnescapeFormulas(bool on) { m_unescape = on; }

    void begin(const CsvTable::Row &row);
    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    qint64 line() const { return m_row ? m_row->line : 0; }
    const QStringList &fields() const { return m_row->fields; }

    bool hasColumn(const QString &field) const { return index(field) >= 0; }
    // The file's column holding the field, -1 when absent.
    int columnOf(const QString &field) const { return index(field); }
    QString text(const QString &field) const; // trimmed; "" when the column is absent
    QString id(const QString &field) const;   // text, placeholder ids -> ""
    QString required(const QString &field);   // text; an error when empty
    QDate date(const QString &field, bool isRequired = false);
    std::optional<Cents> amount(const QString &field, bool isRequired = false);
    int integer(const QString &field, int minimum, int maximum, int fallback);
    double number(const QString &field, double fallback);
    bool boolean(const QString &field);

    // Records an error at the field (only the first error of a row is kept).
    void fail(const QString &field, const QString &reason);

private:
    int index(const QString &field) const;
    // The header the field was found under (as the file spells it), else the profile's first one.
    QString header(const QString &field) const;
    QString raw(const QString &field) const;

    const CsvTable &m_table;
    const ImportProfile &m_profile;
    QString m_logical;
    mutable QHash<QString, int> m_indexes;
    const CsvTable::Row *m_row = nullptr;
    std::optional<Error> m_error;
    bool m_unescape = false;
};

} // namespace dmc
