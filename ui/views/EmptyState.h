#pragma once

#include <QWidget>

class QLabel;

namespace dmc::ui {

// The centred "nothing here yet, here is what to do next" panel a view shows instead of
// an empty table. Views set its (translated) text in their retranslateUi().
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setMessage(const QString &headline, const QString &hint);
    QString headline() const;
    QString hint() const;

private:
    QLabel *m_headline;
    QLabel *m_hint;
};

} // namespace dmc::ui
