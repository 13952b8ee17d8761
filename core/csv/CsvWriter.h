#pragma once

#include "domain/Money.h"

#include <QString>
#include <QStringList>

namespace dmc {

// Builds RFC 4180 CSV text (comma, CRLF, fields with , " CR LF quoted, quotes doubled)
// that is safe to open in a spreadsheet: a text cell beginning with = + - @ (or a tab / CR,
// which some spreadsheets skip) gets a leading apostrophe so it is never read as a formula.
// Numbers go through addNumber / addMoney and are written as plain numbers.
class CsvWriter
{
public:
    CsvWriter &addText(const QString &text);
    CsvWriter &addNumber(qint64 value);
    CsvWriter &addNumber(double value, int decimals);
    CsvWriter &addMoney(Cents cents); // 1234.50 (dot decimal, no grouping)
    CsvWriter &addEmpty();
    void endRow();
    void addRow(const QStringList &texts); // every cell as text, then endRow()

    QString text() const { return m_text; }
    QByteArray toUtf8(bool withBom = false) const;

    // One text cell, neutralised and quoted as needed.
    static QString escape(const QString &text);

private:
    void append(const QString &cell);
    QString m_text;
    bool m_rowStarted = false;
};

} // namespace dmc
