#pragma once

#include <QStyledItemDelegate>

namespace dmc::ui {

// Edits a belief rating (Proven / Mostly proven / Needs proof) with a combo box that exists
// only while editing; the choice is committed at once.
class RatingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace dmc::ui
