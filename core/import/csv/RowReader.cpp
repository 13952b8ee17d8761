#include "RowReader.h"

#include "FieldParser.h"

namespace dmc {

namespace {
// Values quoted in messages are cut so a 1 MB field cannot flood the terminal.
QString shown(const QString &value)
{
    return value.size() > 40 ? value.left(37) + QStringLiteral("...") : value;
}
} // namespace

RowReader::RowReader(const CsvTable &table, const ImportProfile &profile, const QString &logicalTable)
    : m_table(table)
    , m_profile(profile)
    , m_logical(logicalTable)
{
}

int RowReader::index(const QString &field) const
{
    auto it = m_indexes.constFind(field);
    if (it == m_indexes.constEnd()) {
        int found = -1;
        for (const QString &header : m_profile.columns(m_logical, field)) {
            found = m_table.column(header);
            if (found >= 0)
                break;
        }
        it = m_indexes.insert(field, found);
    }
    return *it;
}

QString RowReader::header(const QString &field) const
{
    const int i = index(field);
    return i >= 0 && i < m_table.header.size() ? m_table.header.at(i).trimmed() : m_profile.column(m_logical, field);
}

std::optional<Error> RowReader::missingColumn(const QStringList &requiredFields) const
{
    for (const QString &field : requiredFields) {
        if (index(field) < 0) {
            Error error;
            error.file = m_table.fileName;
            error.line = 1;
            const QStringList headers = m_profile.columns(m_logical, field);
            if (headers.size() == 1) {
                error.message = tr("the required column \"%1\" is missing").arg(headers.first());
            } else {
                error.message = tr("the required column is missing: none of %1 is in the header")
                                    .arg(u'"' + headers.join(QLatin1String("\", \"")) + u'"');
            }
            return error;
        }
    }
    return std::nullopt;
}

void RowReader::begin(const CsvTable::Row &row)
{
    m_row = &row;
    m_error.reset();
}

QString RowReader::raw(const QString &field) const
{
    const int i = index(field);
    if (i < 0 || !m_row || i >= m_row->fields.size())
        return {};
    return m_row->fields.at(i);
}

QString RowReader::text(const QString &field) const
{
    QString value = raw(field).trimmed();
    if (m_unescape && value.size() > 1 && value.at(0) == u'\'') {
        const QChar next = value.at(1);
        if (next == u'=' || next == u'+' || next == u'-' || next == u'@' || next == u'\'')
            value.remove(0, 1);
    }
    return value;
}

QString RowReader::id(const QString &field) const
{
    const QString value = text(field);
    return m_profile.isPlaceholderId(value) ? QString() : value;
}

QString RowReader::required(const QString &field)
{
    const QString value = id(field);
    if (value.isEmpty())
        fail(field, tr("%1 is empty").arg(header(field)));
    return value;
}

QDate RowReader::date(const QString &field, bool isRequired)
{
    const QString value = text(field);
    if (value.isEmpty()) {
        if (isRequired)
            fail(field, tr("%1 is empty").arg(header(field)));
        return {};
    }
    const QDate parsed = FieldParser::parseDate(value, m_profile.dateFormats());
    if (!parsed.isValid())
        fail(field,
             tr("%1 \"%2\" is not a date (expected %3)")
                 .arg(header(field), shown(value), m_profile.dateFormats().join(QLatin1String(", "))));
    return parsed;
}

std::optional<Cents> RowReader::amount(const QString &field, bool isRequired)
{
    const QString value = text(field);
    if (value.isEmpty()) {
        if (isRequired)
            fail(field, tr("%1 is empty").arg(header(field)));
        return std::nullopt;
    }
    const auto parsed = FieldParser::parseAmount(value, m_profile.decimalSeparator());
    if (!parsed)
        fail(field, tr("%1 \"%2\" is not an amount").arg(header(field), shown(value)));
    return parsed;
}

int RowReader::integer(const QString &field, int minimum, int maximum, int fallback)
{
    const QString value = text(field);
    if (value.isEmpty())
        return fallback;
    bool ok = false;
    double parsed = value.toDouble(&ok);
    if (!ok || parsed < minimum || parsed > maximum || parsed != double(qint64(parsed))) {
        fail(field,
             tr("%1 \"%2\" is not a whole number from %3 to %4")
                 .arg(header(field), shown(value))
                 .arg(minimum)
                 .arg(maximum));
        return fallback;
    }
    return int(parsed);
}

double RowReader::number(const QString &field, double fallback)
{
    const QString value = text(field);
    if (value.isEmpty())
        return fallback;
    bool ok = false;
    const double parsed = QString(value).replace(u',', u'.').toDouble(&ok);
    if (!ok || !(parsed > 0)) {
        fail(field, tr("%1 \"%2\" is not a positive number").arg(header(field), shown(value)));
        return fallback;
    }
    return parsed;
}

bool RowReader::boolean(const QString &field)
{
    const QString value = text(field).toLower();
    if (value.isEmpty() || value == QLatin1String("0") || value == QLatin1String("false")
        || value == QLatin1String("no"))
        return false;
    if (value == QLatin1String("1") || value == QLatin1String("true") || value == QLatin1String("yes"))
        return true;
    fail(field, tr("%1 \"%2\" is not 0 or 1").arg(header(field), shown(value)));
    return false;
}

void RowReader::fail(const QString &field, const QString &reason)
{
    if (m_error)
        return;
    Error error;
    error.file = m_table.fileName;
    const int i = index(field);
    error.line = m_row ? (i >= 0 ? m_row->lineOf(i) : m_row->line) : 0;
    error.column = i >= 0 ? i + 1 : 0;
    error.message = reason;
    m_error = error;
}

} // namespace dmc
