// The queue chips and the Risk filters view over data without security review, MEDDPICC and a
// second snapshot (tests/fixtures/risk_availability, imported as the user would).
#include "Workspace.h"
#include "fixtures/RunDmcockpit.h"
#include "i18n/Translations.h"
#include "views/InspectionQueueProxy.h"
#include "views/InspectionQueueView.h"
#include "views/RiskFiltersView.h"
#include "window/DockId.h"
#include "window/MainWindow.h"
#include "window/ViewDock.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dmc;
using namespace dmc::ui;

class TestUiRiskAvailability : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    template<typename View>
    static View *view(MainWindow &window, DockId id)
    {
        return qobject_cast<View *>(window.dock(id)->content());
    }

    static QListWidgetItem *chip(QListWidget *chips, const QString &rule)
    {
        for (int i = 0; i < chips->count(); ++i)
            if (chips->item(i)->data(Qt::UserRole).toString() == rule)
                return chips->item(i);
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DMCockpitTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_risk_availability"));
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("fixture.db"));
        const auto import =
            test::runDmcockpit({QStringLiteral("import"), QStringLiteral("--db"), m_path, QStringLiteral("--profile"),
                                QStringLiteral("canonical"), QStringLiteral("--as-of"), QStringLiteral("2026-03-16"),
                                QStringLiteral(DMC_SOURCE_DIR "/tests/fixtures/risk_availability")});
        QVERIFY2(import.exitCode == 0, import.err.constData());
    }

    // On a laptop's 1366 x 768 screen the chips take at most a quarter of the queue and scroll past
    // that; the table keeps the rest. Before, every chip stayed in sight and the table had one row.
    void chipsLeaveTheTableRoomOnALaptopScreen()
    {
        MainWindow window;
        QSignalSpy results(window.workspace(), &Workspace::resultsChanged);
        QVERIFY(window.openDatabase(m_path));
        QVERIFY(results.wait(15000));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *queue = view<InspectionQueueView>(window, DockId::InspectionQueue);
        QVERIFY(queue);
        QListWidget *chips = queue->ruleChips();
        QTRY_VERIFY(chips->height() > 0);
        QCoreApplication::processEvents();
        int bottom = 0;
        for (int i = 0; i < chips->count(); ++i)
            bottom = std::max(bottom, chips->visualItemRect(chips->item(i)).bottom());
        // The fixture's nineteen chips need more than a quarter of the queue at this size.
        QVERIFY2(bottom > queue->height() / 4, qPrintable(QString::number(bottom)));
        QVERIFY(chips->height() <= queue->height() / 4);
        QCOMPARE(chips->verticalScrollBarPolicy(), Qt::ScrollBarAsNeeded);
        auto *table = queue->findChild<QTableView *>(QStringLiteral("QueueTable"));
        QVERIFY(table);
        QVERIFY2(table->viewport()->height() >= 4 * table->verticalHeader()->defaultSectionSize(),
                 qPrintable(QString::number(table->viewport()->height())));
    }

    void unavailableFiltersAreDisabledWithTheReason()
    {
        MainWindow window;
        QSignalSpy results(window.workspace(), &Workspace::resultsChanged);
        QVERIFY(window.openDatabase(m_path));
        QVERIFY(results.wait(15000));

        auto *queue = view<InspectionQueueView>(window, DockId::InspectionQueue);
        QVERIFY(queue);
        QListWidget *chips = queue->ruleChips();
        QVERIFY(!chips->isHidden());
        QListWidgetItem *security = chip(chips, QStringLiteral("security_review_not_started"));
        QVERIFY(security);
        QVERIFY(!(security->flags() & Qt::ItemIsEnabled));
        QVERIFY(!(security->flags() & Qt::ItemIsUserCheckable));
        QCOMPARE(security->text(), QStringLiteral("Security review not started (not available)"));
        QCOMPARE(security->toolTip(),
                 QStringLiteral("Not available for this data: no deal has a security-review status."));
        QListWidgetItem *stale = chip(chips, QStringLiteral("stale_stage"));
        QVERIFY(stale);
        QVERIFY(!(stale->flags() & Qt::ItemIsEnabled));
        QCOMPARE(stale->toolTip(),
                 QStringLiteral("Not available for this data: no stage-entered date and one "
                                "snapshot: time in stage cannot be measured."));
        // A filter with hits keeps its usual chip; the queue lists the five hits.
        QListWidgetItem *early = chip(chips, QStringLiteral("early_stage_commit"));
        QVERIFY(early);
        QVERIFY(early->flags() & Qt::ItemIsEnabled);
        QCOMPARE(early->text(), QStringLiteral("Early-stage commit (1)"));
        QCOMPARE(queue->proxy()->rowCount(), 5);
        // Unchecking a usable chip still hides its hits; the disabled chips are no choice.
        early->setCheckState(Qt::Unchecked);
        QCOMPARE(queue->proxy()->rowCount(), 4);
        early->setCheckState(Qt::Checked);
        QCOMPARE(queue->proxy()->rowCount(), 5);

        auto *filters = view<RiskFiltersView>(window, DockId::RiskFilters);
        QVERIFY(filters);
        QVERIFY(!filters->ruleCheckBox(QStringLiteral("security_review_not_started"))->isEnabled());
        QVERIFY(filters->ruleCheckBox(QStringLiteral("security_review_not_started"))->isChecked());
        QLabel *reason = filters->unavailableLabel(QStringLiteral("security_review_not_started"));
        QVERIFY(!reason->isHidden());
        QCOMPARE(reason->text(), QStringLiteral("Not available for this data: no deal has a security-review status."));
        QVERIFY(filters->ruleCheckBox(QStringLiteral("past_close_date"))->isEnabled());
        QVERIFY(filters->unavailableLabel(QStringLiteral("past_close_date"))->isHidden());

        // Russian at run time: the reason follows the language.
        Translations::install(QStringLiteral("ru"));
        window.workspace()->retranslate();
        QVERIFY(results.wait(15000));
        security = chip(queue->ruleChips(), QStringLiteral("security_review_not_started"));
        QVERIFY(security);
        QCOMPARE(security->toolTip(),
                 QStringLiteral("Недоступно для этих данных: ни у одной сделки не указан статус "
                                "проверки ИБ."));
        Translations::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestUiRiskAvailability)
#include "tst_ui_risk_availability.moc"
