#pragma once

#include "store/TermLabel.h"

#include <QDialog>
#include <QStringList>

#include <vector>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace dmc::ui {

// Edits the labels the database's stages carry in Russian and English (the glossary,
// docs/glossary.md): one row per stage, the CRM's name beside an editable label per language.
// An empty label means the stage is shown as the CRM writes it.
class StageLabelsDialog : public QDialog
{
    Q_OBJECT

public:
    StageLabelsDialog(const QStringList &stages, const std::vector<TermLabel> &labels, bool editable,
                      QWidget *parent = nullptr);

    // One entry per stage and language, as typed (empty: no label).
    std::vector<TermLabel> labels() const;

private:
    QStringList m_stages;
    QLabel *m_text;
    QTableWidget *m_table;
    QDialogButtonBox *m_buttons;
};

} // namespace dmc::ui
