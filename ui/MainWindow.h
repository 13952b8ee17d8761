#pragma once

#include <QMainWindow>

#include <memory>

namespace dmc {
class Database;
}

namespace dmc::ui {

// The cockpit window: docks for each view, a toolbar for scope / period / as-of.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openDatabase(const QString &location);
    // The last database used, or the demo database (created on first start).
    bool openDefaultDatabase();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    std::unique_ptr<Database> m_database;
};

} // namespace dmc::ui
