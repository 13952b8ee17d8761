#pragma once

#include "domain/Money.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dmc::app {

// A plain-text table for command output: first column left-aligned, the others right-aligned.
class TextTable
{
public:
    explicit TextTable(QStringList header);
    void addRow(QStringList cells);
    void addSeparator();
    QString toString() const;

    // Money in whole currency units, as the tables show it.
    static QString money(Cents cents);

private:
    QStringList m_header;
    std::vector<QStringList> m_rows; // an empty row is a separator
};

} // namespace dmc::app
