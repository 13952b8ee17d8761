#pragma once

#include "CsvStyle.h"
#include "domain/Money.h"

#include <QDate>

#include <QString>
#include <QStringList>

namespace dmc {

// Builds RFC 4180 CSV text (comma, CRLF, fields with , " CR LF quoted, quotes doubled), or the
// same with another delimiter and decimal point (CsvStyle), that is safe to open in a
// spreadsheet: a text cell beginning with = + - @ (or a tab / CR, which some spreadsheets skip)
// gets a leading apostrophe so it is never read as a formula. Numbers go through addNumber /
// addMoney and are written as plain numbers (a hyphen-minus, no grouping).
class CsvWriter
{
public:
    explicit CsvWriter(CsvStyle style = {});

    CsvWriter &addText(const QString &text);
    CsvWriter &addNumber(qint64 value);
    CsvWriter &addNumber(double value, int decimals);
    CsvWriter &addMoney(Cents cents);      // 1234.50 (the style's decimal point, no grouping)
    CsvWriter &addDate(const QDate &date); // in the style's format; empty when invalid
    CsvWriter &addEmpty();
    void endRow();
    void addRow(const QStringList &texts); // every cell as text, then endRow()

    QString text() const { return m_text; }
    QByteArray toUtf8(bool withBom = false) const;

    // One text cell, neutralised and quoted as needed (when it holds the delimiter, a quote or a
    // line break).
    static QString escape(const QString &text, QChar delimiter = u',');

private:
    void append(const QString &cell);
    QString decimal(QString number) const;
    CsvStyle m_style;
    QString m_text;
    bool m_rowStarted = false;
};

} // namespace dmc
