// Typed settings entries: entries written together write the settings file once, and not at
// all when they already hold their values (the queue saves its choices on every sort).
#include "window/Setting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace dmc::ui;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DMCockpitTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_settings"));
        QSettings().clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    void entriesWrittenTogetherAreWrittenOnlyWhenChanged()
    {
        const Setting<int> column("queue/sortColumn", -1);
        const Setting<QStringList> hidden("queue/hiddenRules", {});
        {
            QSettings settings;
            column.setValue(settings, 3);
            hidden.setValue(settings, {QStringLiteral("stale")});
        }
        QCOMPARE(column.value(), 3);
        QCOMPARE(hidden.value(), QStringList{QStringLiteral("stale")});

        const QString file = QSettings().fileName();
        const QDateTime old(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC);
        {
            QFile settingsFile(file);
            QVERIFY(settingsFile.open(QIODevice::ReadWrite));
            QVERIFY(settingsFile.setFileTime(old, QFileDevice::FileModificationTime));
        }
        {
            QSettings settings;
            column.setValue(settings, 3);                         // the file gives "3" back: the same value
            hidden.setValue(settings, {QStringLiteral("stale")}); // a one-entry list comes back as its text
        }
        QCOMPARE(QFileInfo(file).lastModified().toUTC(), old);

        {
            QSettings settings;
            column.setValue(settings, 4);
            hidden.setValue(settings, {QStringLiteral("stale")});
        }
        QVERIFY(QFileInfo(file).lastModified().toUTC() != old);
        QCOMPARE(column.value(), 4);
        QCOMPARE(hidden.value(), QStringList{QStringLiteral("stale")});
    }
};

QTEST_MAIN(TestSettings)
#include "tst_ui_settings.moc"
