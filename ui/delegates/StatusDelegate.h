#pragma once

#include <QStyledItemDelegate>

namespace dmc::ui {

// Edits a DM status (open / reviewed / snoozed) with a combo box that exists only while editing.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    // The view releases an editor through here (also when its model resets under the editor).
    void destroyEditor(QWidget *editor, const QModelIndex &index) const override;
};

} // namespace dmc::ui
