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
        auto *self = const_cast<StatusDelegate *>(this);
        emit self->commitData(combo);
        // The commit recomputes the queue and its reset already released (hid) the editor:
        // closing it again would ask the view about an editor it no longer has.
        if (!combo->isHidden())
            emit self->closeEditor(combo);
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
