#include "Report.h"

namespace dmc {

Report::Section &Report::addSection(const QString &heading, int level)
{
    Section section;
    section.heading = heading;
    section.level = level;
    sections.push_back(std::move(section));
    return sections.back();
}

namespace {
Report::Block &appendBlock(Report &report, Report::Block block)
{
    if (report.sections.empty())
        report.sections.emplace_back();
    auto &blocks = report.sections.back().blocks;
    blocks.push_back(std::move(block));
    return blocks.back();
}
} // namespace

Report::Block &Report::addParagraph(const QString &text)
{
    Block block;
    block.kind = Block::Kind::Paragraph;
    block.text = text;
    return appendBlock(*this, std::move(block));
}

Report::Block &Report::addNote(const QString &text)
{
    Block block;
    block.kind = Block::Kind::Note;
    block.text = text;
    return appendBlock(*this, std::move(block));
}

Report::Block &Report::addKeyValues(std::vector<std::pair<QString, QString>> pairs)
{
    Block block;
    block.kind = Block::Kind::KeyValues;
    block.pairs = std::move(pairs);
    return appendBlock(*this, std::move(block));
}

Report::Block &Report::addTable(Table table)
{
    Block block;
    block.kind = Block::Kind::Table;
    block.table = std::move(table);
    return appendBlock(*this, std::move(block));
}

Report::Block &Report::addBullets(const QStringList &items)
{
    Block block;
    block.kind = Block::Kind::Bullets;
    block.items = items;
    return appendBlock(*this, std::move(block));
}

QStringList Report::allText() const
{
    QStringList text{title, subtitle};
    for (const auto &[key, value] : header)
        text << key << value;
    for (const Section &section : sections) {
        text << section.heading;
        for (const Block &block : section.blocks) {
            if (!block.text.isEmpty())
                text << block.text;
            for (const auto &[key, value] : block.pairs)
                text << key << value;
            text << block.table.header;
            for (const QStringList &row : block.table.rows)
                text << row;
            text << block.items;
        }
    }
    text << footer;
    text.removeAll(QString());
    return text;
}

} // namespace dmc
