#include "TableRows.h"

#include "CsvByteReader.h"
#include "import/ImportSession.h"

#include <QFileInfo>

namespace dmc {

TableRows::TableRows(ImportSession &session, QString logical)
    : m_session(session)
    , m_logical(std::move(logical))
{
}

TableRows::~TableRows() = default;

Result<std::unique_ptr<TableRows>> TableRows::open(ImportSession &session, const QString &table, bool required)
{
    std::unique_ptr<TableRows> rows(new TableRows(session, table));
    const QString path = session.fileFor(table);
    if (!session.hasProvidedTable(table) && !path.isEmpty()
        && CsvByteReader::isPlainUtf8(path, session.profile().encoding())) {
        const QString fileName = QFileInfo(path).fileName();
        session.progress(5, QCoreApplication::translate("dmc::ImportSession", "Reading %1").arg(fileName));
        rows->m_bytes = std::make_unique<CsvByteReader>();
        if (Status opened = rows->m_bytes->open(path, fileName, session.profile().delimiter()); !opened)
            return opened.error();
        rows->m_table.fileName = fileName;
        rows->m_table.path = path;
        rows->m_table.header = rows->m_bytes->header();
        return rows;
    }
    auto parsed = session.table(table, required);
    if (!parsed)
        return parsed.error();
    if (!*parsed)
        return std::unique_ptr<TableRows>();
    rows->m_table = std::move(**parsed);
    return rows;
}

Result<const CsvTable::Row *> TableRows::next()
{
    if (!m_bytes) {
        if (m_next >= m_table.rows.size())
            return nullptr;
        return &m_table.rows[m_next++];
    }
    const Result<bool> more = m_bytes->next();
    if (!more)
        return more.error();
    if (!*more) {
        if (m_streamed >= 0) {
            m_session.addFileStat({m_table.path, m_logical, m_streamed});
            m_streamed = -1; // recorded once
        }
        return nullptr;
    }
    ++m_streamed;
    m_session.countRead();
    m_row.line = m_bytes->line();
    if (m_decoded.empty()) {
        m_row.fields = m_bytes->fieldTexts();
    } else {
        m_row.fields.resize(m_bytes->fieldCount());
        for (int i = 0; i < m_bytes->fieldCount(); ++i) {
            const std::string_view field = m_bytes->field(i);
            m_row.fields[i] = size_t(i) < m_decoded.size() && m_decoded[size_t(i)]
                ? QString::fromUtf8(field.data(), qsizetype(field.size()))
                : QString();
        }
    }
    m_row.lineOffsets = m_bytes->lineOffsets();
    return &m_row;
}

void TableRows::decodeOnly(const QList<int> &columns)
{
    m_decoded.clear();
    if (!m_bytes || columns.isEmpty())
        return;
    m_decoded.assign(size_t(m_table.header.size()), false);
    for (const int column : columns)
        if (column >= 0 && column < m_table.header.size())
            m_decoded[size_t(column)] = true;
}

QStringList TableRows::allFields() const
{
    if (m_bytes)
        return m_bytes->fieldTexts();
    return m_next > 0 && m_next <= m_table.rows.size() ? m_table.rows[m_next - 1].fields : QStringList();
}

} // namespace dmc
