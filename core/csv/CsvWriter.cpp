#include "CsvWriter.h"

namespace dmc {

CsvWriter::CsvWriter(CsvStyle style)
    : m_style(std::move(style))
{
}

QString CsvWriter::escape(const QString &text, QChar delimiter)
{
    QString cell = text;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            cell.prepend(u'\'');
    }
    const bool quote = cell.contains(delimiter) || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r');
    if (!quote)
        return cell;
    cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + cell + u'"';
}

void CsvWriter::append(const QString &cell)
{
    if (m_rowStarted)
        m_text += m_style.delimiter;
    m_text += cell;
    m_rowStarted = true;
}

CsvWriter &CsvWriter::addText(const QString &text)
{
    append(escape(text, m_style.delimiter));
    return *this;
}

CsvWriter &CsvWriter::addNumber(qint64 value)
{
    append(QString::number(value));
    return *this;
}

CsvWriter &CsvWriter::addNumber(double value, int decimals)
{
    append(decimal(QString::number(value, 'f', decimals)));
    return *this;
}

CsvWriter &CsvWriter::addMoney(Cents cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    const QString text = QStringLiteral("%1%2.%3")
                             .arg(cents < 0 ? QStringLiteral("-") : QString())
                             .arg(magnitude / 100)
                             .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    append(decimal(text));
    return *this;
}

CsvWriter &CsvWriter::addDate(const QDate &date)
{
    return addText(date.isValid() ? date.toString(m_style.dateFormat) : QString());
}

QString CsvWriter::decimal(QString number) const
{
    if (m_style.decimalPoint != u'.')
        number.replace(u'.', m_style.decimalPoint);
    return number;
}

CsvWriter &CsvWriter::addEmpty()
{
    append(QString());
    return *this;
}

void CsvWriter::endRow()
{
    m_text += QStringLiteral("\r\n");
    m_rowStarted = false;
}

void CsvWriter::addRow(const QStringList &texts)
{
    for (const QString &text : texts)
        addText(text);
    endRow();
}

QByteArray CsvWriter::toUtf8(bool withBom) const
{
    QByteArray bytes = withBom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + m_text.toUtf8();
}

} // namespace dmc
