#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace dmc {

// A format-independent document (agenda, coaching pack): a title, header fields and a flat
// list of sections, each a heading followed by blocks. Every string is final, already
// translated and localised text; renderers only escape and lay it out.
struct Report
{
    enum class Align : quint8 { Left, Right };

    struct Table
    {
        QStringList header; // one header row, repeated on every PDF page
        std::vector<QStringList> rows;
        QList<Align> align; // per column; missing columns are Left
        QList<int> widths;  // per column, percent of the page width (HTML and PDF); empty: the layout decides
        Align alignOf(qsizetype column) const { return column < align.size() ? align.at(column) : Align::Left; }

        // Columns before `first` left-aligned, the rest (numbers) right-aligned.
        static QList<Align> alignRightFrom(int first, int columns)
        {
            QList<Align> align;
            for (int i = 0; i < columns; ++i)
                align << (i < first ? Align::Left : Align::Right);
            return align;
        }
    };

    struct Block
    {
        enum class Kind : quint8 { Paragraph, KeyValues, Table, Bullets, Note };
        Kind kind = Kind::Paragraph;
        QString text;                                   // Paragraph, Note
        std::vector<std::pair<QString, QString>> pairs; // KeyValues
        Table table;                                    // Table
        QStringList items;                              // Bullets
        bool pageBreakBefore = false;                   // PDF only: a table or list continued on the next page
    };

    struct Section
    {
        int level = 1; // 1 = part (a rep), 2 = sub-part (changes, exceptions...)
        QString heading;
        bool pageBreakBefore = false; // PDF only
        std::vector<Block> blocks;
    };

    QString title;
    QString subtitle;
    QString language = QStringLiteral("en");         // the lang attribute of HTML
    std::vector<std::pair<QString, QString>> header; // "Scope: District East", ...
    std::vector<Section> sections;
    QString footer; // one line under the document, e.g. how it was generated

    // Builders, so composing code reads top to bottom.
    Section &addSection(const QString &heading, int level = 1);
    Block &addParagraph(const QString &text);
    Block &addNote(const QString &text);
    Block &addKeyValues(std::vector<std::pair<QString, QString>> pairs);
    Block &addTable(Table table);
    Block &addBullets(const QStringList &items);

    // Every text of the document in reading order (for the descriptive-language check).
    QStringList allText() const;
};

} // namespace dmc
