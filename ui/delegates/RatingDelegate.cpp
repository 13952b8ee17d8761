#include "RatingDelegate.h"

#include "BeliefModel.h"

#include <QComboBox>

namespace dmc::ui {

QWidget *RatingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("RatingEditor"));
    for (const QString &key : BeliefModel::ratingKeys())
        combo->addItem(CoachingPackData::ratingName(key), key);
    connect(combo, &QComboBox::activated, this, [this, combo] {
        emit const_cast<RatingDelegate *>(this)->commitData(combo);
        emit const_cast<RatingDelegate *>(this)->closeEditor(combo);
    });
    return combo;
}

void RatingDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
}

void RatingDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace dmc::ui
