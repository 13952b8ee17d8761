#include "PocBoardModel.h"

#include "Format.h"
#include "analytics/poc/PocChecklist.h"
#include "analytics/poc/PocText.h"
#include "i18n/Translations.h"

#include <QLocale>

#include <cmath>

namespace dmc::ui {

namespace {

QString rate(int part, int whole)
{
    return whole > 0 ? Format::percent(double(part) / whole) : QStringLiteral("–");
}

QString days(const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("–");
    return *value == std::floor(*value) ? Format::number(qint64(*value))
                                        : Translations::locale().toString(*value, 'f', 1);
}

QString days(const std::optional<int> &value)
{
    return value ? Format::number(*value) : QStringLiteral("–");
}

QDate endOf(const PocScorecard &card, const QDate &asOf)
{
    if (!card.started)
        return {};
    return card.ended ? card.poc.actualEnd : asOf;
}

} // namespace

PocBoardModel::PocBoardModel(QObject *parent)
    : SortableTableModel(parent)
{
}

void PocBoardModel::setBoard(std::shared_ptr<const PocBoard> board)
{
    beginResetModel();
    m_board = board ? std::move(board) : std::make_shared<const PocBoard>();
    // Every time line on one scale: from the earliest start to the latest planned end or as-of.
    m_first = m_board->period.start;
    m_last = m_board->period.end;
    for (const PocScorecard &card : m_board->pocs) {
        for (const QDate &date : {card.poc.start, card.poc.plannedEnd, card.poc.actualEnd}) {
            if (!date.isValid())
                continue;
            if (!m_first.isValid() || date < m_first)
                m_first = date;
            if (!m_last.isValid() || date > m_last)
                m_last = date;
        }
    }
    endResetModel();
}

int PocBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_board->pocs.size());
}

int PocBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PocBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PocScorecard &card = m_board->pocs[size_t(index.row())];
    const auto tasks = [](const PocTaskCounts &counts) {
        if (counts.total == 0)
            return tr("none", "no tasks");
        return tr("%1 open · %2 overdue").arg(Format::number(counts.open), Format::number(counts.overdue));
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Poc: return card.dealName;
        case Rep: return card.ownerName;
        case Status: {
            const QString outcome = PocText::outcome(card.poc.outcome);
            return outcome.isEmpty() ? PocText::phase(card.poc.phase)
                                     : tr("%1 · %2").arg(PocText::phase(card.poc.phase), outcome);
        }
        case Timeline: return QString();
        case Days: return PocText::timeline(card);
        case Dor: {
            if (!card.dorRecorded)
                return tr("not recorded");
            int met = 0, required = 0;
            for (const PocDorItem &item : card.dor) {
                if (!item.required)
                    continue;
                ++required;
                met += item.state == PocDorItem::State::Met ? 1 : 0;
            }
            return tr("%1 of %2").arg(Format::number(met), Format::number(required));
        }
        case Criteria:
            if (card.fromShorthand)
                return tr("not recorded");
            return tr("%n measurable · %1 met · %2 not met", nullptr, card.criteriaMeasurable)
                .arg(Format::number(card.criteriaMet), Format::number(card.criteriaNotMet));
        case CheckIns:
            return card.checkInsPlanned > 0
                ? tr("%1 of %2 held")
                      .arg(Format::number(card.checkInsHeldOfPlanned), Format::number(card.checkInsPlanned))
                : tr("%n held", nullptr, card.checkInsHeld);
        case BuyerTasks: return tasks(card.buyerTasks);
        case SellerTasks: return tasks(card.sellerTasks);
        default: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Dor) {
            QStringList lines;
            for (const PocDorItem &item : card.dor) {
                const QString mark = item.state == PocDorItem::State::Met ? QStringLiteral("✓")
                    : item.state == PocDorItem::State::Missing            ? QStringLiteral("✗")
                                                                          : QStringLiteral("–");
                lines << QStringLiteral("%1 %2").arg(mark, PocChecklist::label(item.id));
            }
            return lines.join(u'\n');
        }
        return card.facts.join(u'\n');
    }
    if (role == TimelineRole && index.column() == Timeline)
        return QVariantList{card.poc.start, card.poc.plannedEnd, endOf(card, m_board->asOf), m_board->asOf, m_first,
                            m_last};
    if (role == OverrunRole && index.column() == Timeline)
        return card.overrunDays.value_or(0) > 0;
    return {};
}

QVariant PocBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Poc: return tr("Deal");
    case Rep: return tr("Rep");
    case Status: return tr("Status");
    case Timeline: return tr("Planned and actual");
    case Days: return tr("Days");
    case Dor: return tr("DOR at start");
    case Criteria: return tr("Criteria");
    case CheckIns: return tr("Check-ins");
    case BuyerTasks: return tr("Buyer tasks");
    case SellerTasks: return tr("Seller tasks");
    default: break;
    }
    return {};
}

SortKey PocBoardModel::sortKey(int row, int column) const
{
    const PocScorecard &card = m_board->pocs[size_t(row)];
    switch (column) {
    case Poc: return card.dealName;
    case Rep: return card.ownerName;
    case Status: return double(card.poc.phase);
    case Timeline: return card.poc.start.isValid() ? double(card.poc.start.toJulianDay()) : 1e12;
    case Days: return card.elapsedDays ? double(*card.elapsedDays) : -1.0;
    case Dor: return card.dorRecorded ? double(card.dorMissing) : 100.0;
    case Criteria: return double(card.criteriaMeasurable);
    case CheckIns: return double(card.checkInsHeldOfPlanned);
    case BuyerTasks: return double(card.buyerTasks.overdue);
    case SellerTasks: return double(card.sellerTasks.overdue);
    default: break;
    }
    return {};
}

QStringList PocBoardModel::figureLines() const
{
    const PocFigures &f = m_board->figures;
    QStringList lines;
    lines << tr("DOR complete at the start: %1 of %2 started POCs with a checklist (%3); %n started without one.",
                nullptr, f.started - f.dorRecorded)
                 .arg(Format::number(f.dorComplete), Format::number(f.dorRecorded), rate(f.dorComplete, f.dorRecorded));
    lines << tr("Duration in days: median %1, 75th percentile %2 (n = %3). Past the planned end: %4 of %5; days "
                "over the plan: median %6.")
                 .arg(days(f.duration.median), days(f.duration.p75), Format::number(f.duration.n),
                      Format::number(f.overrunning), Format::number(f.overrun.n), days(f.overrun.median));
    lines << tr("Criteria met: %1 of %2 with a result. Technical wins: %3 of %4 with an outcome. Check-ins held: %5 "
                "of %6 planned.")
                 .arg(Format::number(f.criteriaMet), Format::number(f.criteriaWithResult),
                      Format::number(f.technicalWins), Format::number(f.withOutcome),
                      Format::number(f.checkInsHeldOfPlanned), Format::number(f.checkInsPlanned));
    lines << tr("Deals decided in the period: with a POC %1 won (n = %2), without %3 won (n = %4).")
                 .arg(rate(f.wonWithPoc, f.decidedWithPoc), Format::number(f.decidedWithPoc),
                      rate(f.wonWithoutPoc, f.decidedWithoutPoc), Format::number(f.decidedWithoutPoc));
    QStringList cohorts;
    for (const PocCohort &cohort : m_board->cohorts)
        cohorts << tr("%1: %2 of %3 ended")
                       .arg(cohort.period, Format::number(cohort.wonWithin), Format::number(cohort.ended));
    if (!cohorts.isEmpty())
        lines << tr("POC to won within %n days, by start quarter: %1.", nullptr, m_board->withinDays)
                     .arg(cohorts.join(QStringLiteral("; ")));
    return lines;
}

} // namespace dmc::ui
