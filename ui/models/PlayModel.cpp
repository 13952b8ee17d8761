#include "PlayModel.h"

#include "Format.h"

namespace dmc::ui {

void PlayModel::setPlays(const std::vector<PlayFigures> &plays)
{
    beginResetModel();
    m_plays = plays;
    endResetModel();
}

void PlayModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PlayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plays.size());
}

int PlayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlayFigures &p = m_plays[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Play: return p.play.name;
        case Eligible: return Format::number(qint64(p.deals.size()));
        case Adherent: return Format::number(p.adherent);
        case Adherence: return p.adherence ? Format::percent(*p.adherence) : QString();
        case Partners: {
            QStringList names;
            for (const PartnerMatch &match : p.partners)
                names << tr("%1 (%n in common)", nullptr, int(match.matched.size())).arg(match.partnerName);
            return names.join(QStringLiteral(", "));
        }
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Partners) {
        QStringList lines;
        for (const PartnerMatch &match : p.partners)
            lines << tr("%1: %2; co-sell %3 won, %4 lost")
                         .arg(match.partnerName, match.matched.join(QStringLiteral(", ")),
                              Format::number(match.coSellWon), Format::number(match.coSellLost));
        return lines.join(u'\n');
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == Eligible || index.column() == Adherent || index.column() == Adherence))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PlayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Adherent: return tr("Deals with every step due by their stage done");
        case Partners: return tr("Partners whose capabilities, segments or vehicles match the play's, by name");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Play: return tr("Play");
    case Eligible: return tr("Deals meeting the criteria");
    case Adherent: return tr("Every step due done");
    case Adherence: return tr("Adherence");
    case Partners: return tr("Partners with matching attributes");
    }
    return {};
}

} // namespace dmc::ui
