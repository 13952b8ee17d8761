#include "StatusDelegate.h"

#include "InspectionQueueModel.h"
#include "workspace/DealAction.h"

#include <QComboBox>

namespace dmc::ui {

QWidget *StatusDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("StatusEditor"));
    for (auto status : {DealAction::Status::Open, DealAction::Status::Reviewed, DealAction::Status::Snoozed})
        combo->addItem(InspectionQueueModel::statusName(status), int(status));
    // Commit as soon as a status is picked: one click, stored at once.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        emit const_cast<StatusDelegate *>(this)->commitData(combo);
        emit const_cast<StatusDelegate *>(this)->closeEditor(combo);
    });
    return combo;
}

void StatusDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
}

void StatusDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace dmc::ui
