#pragma once

#include "import/ImportOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace dmc::ui {

// Asks what to import: the export files (or a folder), the profile (Salesforce, Maven CRM,
// canonical or a profile file), an optional as-of date and strict / lenient handling.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(QWidget *parent = nullptr);

    QStringList paths() const;
    QString profile() const; // built-in name or a profile file path
    QDate asOf() const;      // null: the latest date in the data
    bool lenient() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addFiles();
    void addFolder();
    void updateOk();

    QLabel *m_filesLabel;
    QListWidget *m_files;
    QPushButton *m_addFiles;
    QPushButton *m_addFolder;
    QPushButton *m_clear;
    QLabel *m_profileLabel;
    QComboBox *m_profile;
    QCheckBox *m_useAsOf;
    QDateEdit *m_asOf;
    QCheckBox *m_lenient;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
    QString m_profileFile;
};

} // namespace dmc::ui
