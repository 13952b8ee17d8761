#include "StatusDelegate.h"

#include "InspectionQueueModel.h"
#include "workspace/DealAction.h"

#include <QComboBox>

namespace dmc::ui {

namespace {

constexpr char ReleasedProperty[] = "dmcReleased";

} // namespace

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
        // A snooze recomputes the queue and its reset already released the editor: closing it
        // again would ask the view about an editor it no longer has.
        if (!combo->property(ReleasedProperty).toBool())
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

void StatusDelegate::destroyEditor(QWidget *editor, const QModelIndex &index) const
{
    editor->setProperty(ReleasedProperty, true);
    QStyledItemDelegate::destroyEditor(editor, index);
}

} // namespace dmc::ui
