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
    m_row.fields = m_bytes->fieldTexts();
    m_row.lineOffsets = m_bytes->lineOffsets();
    return &m_row;
}

} // namespace dmc
