#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace dmc::ui {

// File > Connect to team database: the server, port, database and login role of a region's
// PostgreSQL database, as a postgresql://user@host:port/database address. There is no password
// field on purpose: libpq reads it from ~/.pgpass (or the file PGPASSFILE names), so the app
// never sees or stores it.
class TeamDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    // `previous`: the last team database address, to start from (may be empty).
    explicit TeamDatabaseDialog(const QString &previous, QWidget *parent = nullptr);

    // The address the fields describe, e.g. postgresql://dm_east@db.example.com:5432/sales.
    QString location() const;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }

private:
    void updateConnectButton();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QDialogButtonBox *m_buttons;
};

} // namespace dmc::ui
