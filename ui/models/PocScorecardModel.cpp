#include "PocScorecardModel.h"

#include "Format.h"
#include "Workspace.h"
#include "analytics/engine/Engine.h"
#include "analytics/poc/PocBoardBuilder.h"
#include "analytics/poc/PocChecklist.h"
#include "analytics/dataset/Dataset.h"
#include "analytics/poc/PocText.h"

#include <QFont>

namespace dmc::ui {

PocScorecardModel::PocScorecardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PocScorecardModel::setScorecards(std::vector<PocScorecard> cards)
{
    beginResetModel();
    m_cards = std::move(cards);
    rebuildRows();
    endResetModel();
}

void PocScorecardModel::showDeal(const Workspace &workspace, qint32 opportunity)
{
    const Dataset *dataset = workspace.dataset();
    if (!dataset || !workspace.database() || !workspace.engine() || opportunity < 0) {
        setScorecards({});
        return;
    }
    // The deal's own POC rows, loaded with the dataset: reading every POC row of the database
    // took most of a second at 100k deals, on each selection the inspection queue made.
    const PocRecords records = dataset->pocs().recordsOf(opportunity);
    auto checklist = PocChecklist::load(*workspace.database());
    if (!checklist) {
        setScorecards({});
        return;
    }
    const FiscalCalendar calendar = workspace.engine()->calendar();
    const PocBoardBuilder builder(*dataset, calendar, records, *checklist, opportunity);
    setScorecards(builder.scorecardsOf(dataset->opportunity(opportunity).id, workspace.asOf()));
}

void PocScorecardModel::retranslate()
{
    beginResetModel();
    rebuildRows();
    endResetModel();
}

void PocScorecardModel::rebuildRows()
{
    m_rows.clear();
    m_headings.clear();
    auto heading = [&](int card, const QString &text) {
        m_rows.push_back({Row::Kind::Heading, card, 0});
        m_headings.resize(m_rows.size());
        m_headings.back() = text;
    };
    for (int c = 0; c < int(m_cards.size()); ++c) {
        const PocScorecard &card = m_cards[size_t(c)];
        m_rows.push_back({Row::Kind::Poc, c, 0});
        for (int i = 0; i < int(card.facts.size()); ++i)
            m_rows.push_back({Row::Kind::Fact, c, i});
        heading(c, tr("Definition of ready at the start"));
        for (int i = 0; i < int(card.dor.size()); ++i)
            m_rows.push_back({Row::Kind::DorItem, c, i});
        heading(c, tr("Success criteria (%n)", nullptr, int(card.criteria.size())));
        for (int i = 0; i < int(card.criteria.size()); ++i)
            m_rows.push_back({Row::Kind::Criterion, c, i});
        heading(c, tr("Check-ins (%n)", nullptr, int(card.checkIns.size())));
        for (int i = 0; i < int(card.checkIns.size()); ++i)
            m_rows.push_back({Row::Kind::CheckIn, c, i});
        heading(c,
                tr("Mutual action plan: buyer %1 open, %2 overdue; seller %3 open, %4 overdue")
                    .arg(Format::number(card.buyerTasks.open), Format::number(card.buyerTasks.overdue),
                         Format::number(card.sellerTasks.open), Format::number(card.sellerTasks.overdue)));
        // Buyer tasks first, then the seller's.
        for (TaskSide side : {TaskSide::Buyer, TaskSide::Seller})
            for (int i = 0; i < int(card.tasks.size()); ++i)
                if (card.tasks[size_t(i)].side == side)
                    m_rows.push_back({Row::Kind::Task, c, i});
    }
    m_headings.resize(m_rows.size());
}

int PocScorecardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PocScorecardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PocScorecardModel::cell(const Row &row, int column) const
{
    const PocScorecard &card = m_cards[size_t(row.card)];
    switch (row.kind) {
    case Row::Kind::Poc:
        switch (column) {
        case Item: return tr("POC %1 · %2").arg(card.poc.id, card.dealName);
        case Detail:
            return card.accountName.isEmpty() ? card.ownerName : tr("%1 · %2").arg(card.accountName, card.ownerName);
        case State: {
            const QString outcome = PocText::outcome(card.poc.outcome);
            return outcome.isEmpty() ? PocText::phase(card.poc.phase)
                                     : tr("%1 · %2").arg(PocText::phase(card.poc.phase), outcome);
        }
        }
        break;
    case Row::Kind::Heading: return column == Item ? m_headings[size_t(&row - m_rows.data())] : QString();
    case Row::Kind::Fact: return column == Item ? card.facts.at(row.item) : QString();
    case Row::Kind::DorItem: {
        const PocDorItem &item = card.dor[size_t(row.item)];
        switch (column) {
        case Item: return PocChecklist::label(item.id);
        case Detail: return item.required ? QString() : tr("not required");
        case State:
            switch (item.state) {
            case PocDorItem::State::Met: return tr("✓ yes");
            case PocDorItem::State::Missing: return tr("✗ no");
            case PocDorItem::State::NotRecorded: return tr("not recorded");
            }
        }
        break;
    }
    case Row::Kind::Criterion: {
        const PocCriterion &c = card.criteria[size_t(row.item)];
        switch (column) {
        case Item: return c.objective.isEmpty() ? c.id : c.objective;
        case Detail: {
            QStringList parts;
            parts << (c.isMeasurable() ? tr("%1: %2").arg(c.metric, c.target) : tr("no metric or target"));
            if (!c.method.isEmpty())
                parts << c.method;
            if (c.changedDate.isValid() && card.poc.start.isValid() && c.changedDate > card.poc.start)
                parts << tr("changed %1, after the start").arg(Format::date(c.changedDate));
            return parts.join(QStringLiteral(" · "));
        }
        case State:
            return c.resultDate.isValid() && c.result != CriterionResult::Open
                ? tr("%1 (%2)").arg(PocText::result(c.result), Format::date(c.resultDate))
                : PocText::result(c.result);
        }
        break;
    }
    case Row::Kind::CheckIn: {
        const PocCheckIn &c = card.checkIns[size_t(row.item)];
        switch (column) {
        case Item:
            return c.plannedDate.isValid() ? tr("Planned %1").arg(Format::date(c.plannedDate)) : tr("Not planned");
        case Detail: return c.note;
        case State: return c.heldDate.isValid() ? tr("held %1").arg(Format::date(c.heldDate)) : tr("not held");
        }
        break;
    }
    case Row::Kind::Task: {
        const PocTask &t = card.tasks[size_t(row.item)];
        switch (column) {
        case Item: return tr("%1: %2").arg(PocText::side(t.side), t.title);
        case Detail: return t.dueDate.isValid() ? tr("due %1").arg(Format::date(t.dueDate)) : QString();
        case State: return t.doneDate.isValid() ? tr("done %1").arg(Format::date(t.doneDate)) : tr("open");
        }
        break;
    }
    }
    return {};
}

QVariant PocScorecardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const bool heading = row.kind == Row::Kind::Heading || row.kind == Row::Kind::Poc;
    switch (role) {
    case Qt::DisplayRole: return cell(row, index.column());
    case HeadingRole: return heading;
    case Qt::FontRole:
        if (heading) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant PocScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item: return tr("Item");
    case Detail: return tr("Detail");
    case State: return tr("State");
    default: return {};
    }
}

} // namespace dmc::ui
