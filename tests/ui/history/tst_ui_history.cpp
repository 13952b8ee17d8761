// The History dock and Edit > Undo over the small fixture (tests/fixtures/small: D04 "Brio
// platform" is r1 Alice Archer's in East, D10 "Cobalt security" r3 Carol Chen's in West): an
// edit of a note is one undo step, Ctrl+Z restores the previous note through a logged revert and
// redo applies it again; the dock's model lists the trail of the scope and the orphans apart.
#include "fixtures/SmallDatabase.h"
#include "AuditTrailModel.h"
#include "HistorySession.h"
#include "Workspace.h"
#include "i18n/Translations.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "views/HistoryView.h"
#include "window/MainWindow.h"
#include "window/ViewDock.h"
#include "workspace/DmActions.h"

#include <QAction>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace dmc;
using namespace dmc::ui;

namespace {
const QString brio = QStringLiteral("D04");

void saveNote(Workspace &workspace, const QString &deal, const QString &note)
{
    DealAction action = workspace.actions()->action(deal, {});
    action.note = note;
    workspace.actions()->saveAction(deal, {}, action);
}
} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    bool openAndWait(Workspace &workspace)
    {
        QSignalSpy results(&workspace, &Workspace::resultsChanged);
        return workspace.open(m_path).ok() && results.wait(15000);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DMCockpitTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_history"));
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
        m_path = m_dir.filePath(QStringLiteral("history.db"));
        QCOMPARE(test::importSmallFixture(m_path), QString());
        // Someone else's note on a deal that is not in the data: an orphan.
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        QVERIFY(ActionStore(**db, QStringLiteral("carl"))
                    .setNote(QStringLiteral("D99"), {}, QStringLiteral("Gone"), 0)
                    .ok());
    }

    void undoRestoresThePreviousNoteAndRedoAppliesItAgain()
    {
        Workspace workspace;
        QVERIFY(openAndWait(workspace));
        QUndoStack *undo = workspace.undoStack();
        QCOMPARE(undo->count(), 0);
        saveNote(workspace, brio, QStringLiteral("Waiting on legal"));
        saveNote(workspace, brio, QStringLiteral("Legal signed"));
        QCOMPARE(undo->count(), 2);
        QCOMPARE(undo->undoText(), QStringLiteral("note on Brio platform"));

        undo->undo();
        QCOMPARE(workspace.actions()->action(brio, {}).note, QStringLiteral("Waiting on legal"));
        auto db = Database::open(m_path);
        QCOMPARE((*ActionStore(**db, QStringLiteral("x")).action(brio, {}))->note, QStringLiteral("Waiting on legal"));
        QVERIFY(undo->canRedo());
        undo->redo();
        QCOMPARE(workspace.actions()->action(brio, {}).note, QStringLiteral("Legal signed"));
        QCOMPARE((*ActionStore(**db, QStringLiteral("x")).action(brio, {}))->note, QStringLiteral("Legal signed"));
        // Two edits, one undo, one redo: four writes, version 4, and the trail lists them all,
        // the last two as reverts.
        QCOMPARE((*ActionStore(**db, QStringLiteral("x")).action(brio, {}))->version, 4);
        const AuditTrailModel *model = workspace.history()->entriesModel();
        QCOMPARE(model->entry(0).revertsId, model->entry(1).id);
        QCOMPARE(model->entry(1).revertsId, model->entry(2).id);
        QCOMPARE(model->entry(2).revertsId, qint64(0));
        QCOMPARE(model->index(0, AuditTrailModel::What).data().toString(), QStringLiteral("Brio platform"));
        QCOMPARE(model->index(0, AuditTrailModel::Field).data().toString(), QStringLiteral("Note"));
        QCOMPARE(model->index(0, AuditTrailModel::From).data().toString(), QStringLiteral("Waiting on legal"));
        QCOMPARE(model->index(0, AuditTrailModel::To).data().toString(), QStringLiteral("Legal signed"));
        // Undo twice walks back to no note at all (the first edit made the row).
        undo->undo();
        undo->undo();
        QCOMPARE(workspace.actions()->action(brio, {}).note, QString());
        QCOMPARE(undo->index(), 0);
    }

    void undoOverSomeoneElsesNoteIsRefused()
    {
        Workspace workspace;
        QVERIFY(openAndWait(workspace));
        saveNote(workspace, brio, QStringLiteral("Mine"));
        {
            auto db = Database::open(m_path);
            const int version = (*ActionStore(**db, QStringLiteral("x")).action(brio, {}))->version;
            QVERIFY(
                ActionStore(**db, QStringLiteral("dora")).setNote(brio, {}, QStringLiteral("Dora's"), version).ok());
        }
        QSignalSpy failed(&workspace, &Workspace::failed);
        workspace.undoStack()->undo();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.front().front().toString().contains(QStringLiteral("dora")),
                 qPrintable(failed.front().front().toString()));
        // Nothing written; the refused step is dropped.
        auto db = Database::open(m_path);
        QCOMPARE((*ActionStore(**db, QStringLiteral("x")).action(brio, {}))->note, QStringLiteral("Dora's"));
        QCOMPARE(workspace.undoStack()->count(), 0);
    }

    void dockModelListsTheScopeAndOrphansApart()
    {
        Workspace workspace;
        QVERIFY(openAndWait(workspace));
        saveNote(workspace, QStringLiteral("D10"), QStringLiteral("West note"));
        HistorySession *history = workspace.history();
        // Scope all: every DM entry of the earlier tests, this one and the import; D99 apart.
        const int all = history->entriesModel()->rowCount();
        QCOMPARE(history->orphansModel()->rowCount(), 1);
        QCOMPARE(history->orphansModel()->entry(0).opportunityId, QStringLiteral("D99"));
        QCOMPARE(history->entriesModel()->entry(0).opportunityName, QStringLiteral("Cobalt security"));
        // District East: D10 is r3's (West), out.
        QSignalSpy results(&workspace, &Workspace::resultsChanged);
        workspace.setScope(QStringLiteral("district:East"));
        QVERIFY(results.wait(15000));
        QCOMPARE(history->entriesModel()->rowCount(), all - 1);
        QCOMPARE(history->orphansModel()->rowCount(), 1);
        // The text filter and the author filter.
        // "Legal signed" is written by the second edit and the redo, and undone (old value) twice.
        history->setText(QStringLiteral("legal signed"));
        QCOMPARE(history->entriesModel()->rowCount(), 4);
        history->setText({});
        history->setAuthor(QStringLiteral("dora"));
        QCOMPARE(history->entriesModel()->rowCount(), 1);
        QCOMPARE(history->orphansModel()->rowCount(), 0);
        history->setAuthor({});
        history->setKind(AuditKind::Import);
        QCOMPARE(history->entriesModel()->rowCount(), 1);
        QVERIFY(!history->entriesModel()->index(0, 0).data(AuditTrailModel::RevertibleRole).toBool());
    }

    void windowUndoActionAndDock()
    {
        MainWindow window;
        Workspace *workspace = window.workspace();
        QVERIFY(workspace);
        QSignalSpy results(workspace, &Workspace::resultsChanged);
        QVERIFY(workspace->open(m_path).ok());
        QVERIFY(results.wait(15000));
        auto *undoAction = window.findChild<QAction *>(QStringLiteral("UndoAction"));
        QVERIFY(undoAction);
        QCOMPARE(undoAction->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(!undoAction->isEnabled());
        saveNote(*workspace, brio, QStringLiteral("From the window"));
        QVERIFY(undoAction->isEnabled());
        QCOMPARE(undoAction->text(), QStringLiteral("&Undo: note on Brio platform"));
        undoAction->trigger();
        QVERIFY(!undoAction->isEnabled());
        QCOMPARE(workspace->actions()->action(brio, {}).note, QStringLiteral("Dora's"));
        ViewDock *dock = window.dock(DockId::History);
        QCOMPARE(dock->windowTitle(), QStringLiteral("History"));
        auto *view = qobject_cast<HistoryView *>(dock->content());
        QVERIFY(view);
        // The newest entry is the undo's revert: selecting it enables Revert.
        QVERIFY(!view->revertAction()->isEnabled());
        view->table()->selectRow(0);
        QVERIFY(view->revertAction()->isEnabled());
        view->revertAction()->trigger();
        QCOMPARE(workspace->actions()->action(brio, {}).note, QStringLiteral("From the window"));
    }
};

QTEST_MAIN(TestHistory)
#include "tst_ui_history.moc"
