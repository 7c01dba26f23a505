// Editing a database's dataset in the window, on a real server: Ctrl+S saves each edit on the
// revision it was edited from; a colleague's save in between is a conflict the analyst settles
// in the conflict dialog; a server away keeps the edit in the journal until it is back; a
// read-only role's edit stays in the window; the event's history is shown from the audit.
#include "BundledOnServer.h"
#include "EditSteps.h"
#include "PostgresServer.h"
#include "io/DatasetReader.h"

#include "ui/ConflictDialog.h"
#include "ui/EditController.h"
#include "ui/HistoryDialog.h"
#include "ui/SharedSaver.h"

#include <QMessageBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QUndoStack>

namespace frontier {
namespace {

const QString kCrossing = QStringLiteral("qaim-albukamal");
const QString kSummary = QStringLiteral("summary");

class SharedWindowTest : public test::PostgresSuite<test::WindowTest> {
protected:
    static void SetUpTestSuite()
    {
        test::uiApp();
        s_home = std::make_unique<QTemporaryDir>();
        qputenv("XDG_DATA_HOME", QFile::encodeName(s_home->path())); // the journal's folder
        PostgresSuite::SetUpTestSuite();
        if (!server().ok())
            return;
        test::pushBundledDataset(server().connection());
    }
    static void TearDownTestSuite()
    {
        PostgresSuite::TearDownTestSuite();
        s_home.reset();
    }
    void SetUp() override
    {
        PostgresSuite::SetUp();
        openDatabase(server().connection());
    }
    void openDatabase(const QString& spec)
    {
        ASSERT_TRUE(window->model().openDataset(spec).empty());
        window->model().setSelectedFeature(window->model().dataset().featureIndex(kCrossing));
    }

    static StoredRecord stored(const QString& id)
    {
        DatasetStore store(server().connection());
        const DatasetStore::Content content = store.pull();
        for (const Record& r : content.records.events)
            if (r.id == id)
                return {r, content.revision(RecordKind::Event, id)};
        ADD_FAILURE() << "no event " << id.toStdString();
        return {};
    }
    static QString summaryOf(const StoredRecord& s)
    {
        return s.record.properties.value(kSummary).toString();
    }
    // A colleague, on a connection of their own, saves `id` with another summary.
    static StoredRecord colleagueSaves(const QString& id, const QString& field,
                                       const QJsonValue& value)
    {
        StoredRecord theirs = stored(id);
        theirs.record.properties.insert(field, value);
        DatasetStore store(server().connection());
        const SaveResult r = store.save(RecordKind::Event, theirs.record, theirs.revision);
        EXPECT_EQ(r.outcome, SaveResult::Outcome::Saved);
        return {theirs.record, r.revision};
    }
    // Ctrl+S, the conflict dialog answered by clicking `button`.
    void saveAndChoose(const char* button, bool* shown)
    {
        test::onModal<ConflictDialog>([button, shown](ConflictDialog* dialog) {
            *shown = true;
            auto* b = dialog->findChild<QPushButton*>(QLatin1String(button));
            ASSERT_TRUE(b);
            QTest::mouseClick(b, Qt::LeftButton);
        });
        QTest::keySequence(window.get(), QKeySequence::Save);
    }
    std::vector<AuditEntry> audit(const QString& id)
    {
        return DatasetStore(server().connection()).history(RecordKind::Event, id);
    }

    static inline std::unique_ptr<QTemporaryDir> s_home;
};

TEST_F(SharedWindowTest, CtrlSSavesTheEditOnItsRevisionAndTheTitleIsClean)
{
    const QString id = QStringLiteral("qaim-sy-2012-syria-gov");
    const StoredRecord before = stored(id);
    test::editSummary(*window, id,
                      QStringLiteral("Saved to the server: '; DROP TABLE events;-- ش"));
    EXPECT_TRUE(window->isWindowModified());
    EXPECT_EQ(stored(id).revision, before.revision); // nothing sent before Ctrl+S

    QTest::keySequence(window.get(), QKeySequence::Save);
    const StoredRecord after = stored(id);
    EXPECT_EQ(after.revision, before.revision + 1);
    EXPECT_EQ(summaryOf(after), QStringLiteral("Saved to the server: '; DROP TABLE events;-- ش"));
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_TRUE(window->statusBar()->currentMessage().startsWith(QStringLiteral("Saved 1 edit")))
        << window->statusBar()->currentMessage().toStdString();
    EXPECT_EQ(audit(id).back().changedBy, QStringLiteral("postgres"));
}

TEST_F(SharedWindowTest, AConflictKeepTheirsDropsMineAndWritesNothing)
{
    const QString id = QStringLiteral("qaim-iq-2012-iraq");
    test::editSummary(*window, id, QStringLiteral("mine"));
    const StoredRecord theirs = colleagueSaves(id, kSummary, QStringLiteral("theirs"));
    const std::size_t audited = audit(id).size();

    bool shown = false;
    saveAndChoose("keepTheirs", &shown);
    EXPECT_TRUE(shown);
    EXPECT_EQ(stored(id).revision, theirs.revision);
    EXPECT_EQ(summaryOf(stored(id)), QStringLiteral("theirs"));
    EXPECT_EQ(audit(id).size(), audited);
    const Dataset& d = window->model().dataset();
    EXPECT_EQ(d.events()[static_cast<std::size_t>(d.eventIndex(id))].summary,
              QStringLiteral("theirs"));
    EXPECT_FALSE(window->isWindowModified());
}

TEST_F(SharedWindowTest, AConflictOverwriteWithMineIsACheckedSaveOnTheirRevision)
{
    const QString id = QStringLiteral("qaim-2012-07-19-closed");
    test::editSummary(*window, id, QStringLiteral("mine"));
    const StoredRecord theirs = colleagueSaves(id, kSummary, QStringLiteral("theirs"));

    bool shown = false;
    saveAndChoose("keepMine", &shown);
    EXPECT_TRUE(shown);
    EXPECT_EQ(stored(id).revision, theirs.revision + 1);
    EXPECT_EQ(summaryOf(stored(id)), QStringLiteral("mine"));
    const std::vector<AuditEntry> entries = audit(id);
    ASSERT_GE(entries.size(), 2u);
    // Both saves are in the audit: theirs, then mine over it.
    EXPECT_EQ(entries[entries.size() - 2].newValue[QStringLiteral("properties")][kSummary],
              QStringLiteral("theirs"));
    EXPECT_EQ(entries.back().oldValue[QStringLiteral("properties")][kSummary],
              QStringLiteral("theirs"));
    EXPECT_FALSE(window->isWindowModified());
}

TEST_F(SharedWindowTest, AConflictEditAMergeKeepsBothChangesAfterTheAnalystEditsIt)
{
    const QString id = QStringLiteral("qaim-2012-09-18-restricted");
    test::editSummary(*window, id, QStringLiteral("my summary"));
    const StoredRecord theirs =
        colleagueSaves(id, QStringLiteral("confidence"), QStringLiteral("low"));
    bool merged = false;
    test::onModal<EventDialog>([&merged](EventDialog* dialog) {
        // The merge: my summary and their confidence, which the analyst edits on.
        EXPECT_EQ(dialog->record().properties[kSummary], QStringLiteral("my summary"));
        EXPECT_EQ(dialog->record().properties[QStringLiteral("confidence")], QStringLiteral("low"));
        test::typeSummary(dialog, QStringLiteral("merged summary"));
        merged = true;
        QTest::mouseClick(test::okButton(dialog), Qt::LeftButton);
    });
    bool shown = false;
    saveAndChoose("editMerge", &shown);
    EXPECT_TRUE(shown);
    EXPECT_TRUE(merged);
    const StoredRecord now = stored(id);
    EXPECT_EQ(now.revision, theirs.revision + 1);
    EXPECT_EQ(summaryOf(now), QStringLiteral("merged summary"));
    EXPECT_EQ(now.record.properties[QStringLiteral("confidence")], QStringLiteral("low"));
    EXPECT_FALSE(window->isWindowModified());
}

// A colleague's change is read into the window, then the analyst edits: only the records
// changed since are read from the server, not the whole dataset again (the server's log shows
// what it was asked), and the edit starts from the colleague's revision, so Ctrl+S saves it
// without a conflict.
TEST_F(SharedWindowTest, TheFirstEditAfterAColleaguesChangeReadsOnlyWhatChanged)
{
    const QString id = QStringLiteral("qaim-sy-2012-07-19-fsa");
    test::editSummary(*window, id, QStringLiteral("mine first"));
    QTest::keySequence(window.get(), QKeySequence::Save);
    ASSERT_FALSE(window->isWindowModified());
    const StoredRecord theirs = colleagueSaves(id, kSummary, QStringLiteral("theirs"));
    const auto shown = [&](const QString& summary) {
        const Dataset& d = window->model().dataset();
        const int i = d.eventIndex(id);
        return i >= 0 && d.events()[static_cast<std::size_t>(i)].summary == summary;
    };
    ASSERT_TRUE(test::waitFor([&] { return shown(QStringLiteral("theirs")); }, 5000));

    const qsizetype before = server().log().size();
    test::activate(*window); // back from the first edit's dialog
    test::editSummary(*window, id, QStringLiteral("mine after theirs"));
    const QString asked = server().log().mid(before);
    EXPECT_FALSE(asked.contains(QStringLiteral("FROM events ORDER BY position")))
        << asked.toStdString();
    EXPECT_TRUE(asked.contains(QStringLiteral("FROM audit"))) << asked.toStdString();

    bool conflict = false;
    QTimer conflictGuard; // a conflict's dialog is closed, unanswered, and the test fails
    QObject::connect(&conflictGuard, &QTimer::timeout, [&conflict] {
        if (auto* dialog = qobject_cast<ConflictDialog*>(QApplication::activeModalWidget())) {
            conflict = true;
            dialog->reject();
        }
    });
    conflictGuard.start(20);
    QTest::keySequence(window.get(), QKeySequence::Save);
    EXPECT_FALSE(conflict);
    EXPECT_EQ(stored(id).revision, theirs.revision + 1);
    EXPECT_EQ(summaryOf(stored(id)), QStringLiteral("mine after theirs"));
    EXPECT_FALSE(window->isWindowModified());
}

TEST_F(SharedWindowTest, AnEditWhileTheServerIsAwayIsKeptAndSentWhenItIsBack)
{
    const QString id = QStringLiteral("qaim-2013-01-13-closed");
    const StoredRecord before = stored(id);
    test::editSummary(*window, id, QStringLiteral("saved after the outage"));
    ASSERT_TRUE(server().stop());
    QTest::keySequence(window.get(), QKeySequence::Save);
    const QString said = window->statusBar()->currentMessage();
    EXPECT_TRUE(said.contains(QStringLiteral("cannot be reached"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("You can keep working"))) << said.toStdString();
    const QString journal = SharedSaver::journalPath(server().connection());
    EXPECT_TRUE(QFile::exists(journal));
    EXPECT_TRUE(window->editor()->sharedSaver()->waiting());

    // The window keeps working meanwhile.
    window->model().setDate(Date::fromYmd(2020, 1, 1));
    ASSERT_TRUE(server().start());
    EXPECT_TRUE(test::waitFor([&] { return !QFile::exists(journal); }, 10000));
    const StoredRecord after = stored(id);
    EXPECT_EQ(after.revision, before.revision + 1);
    EXPECT_EQ(summaryOf(after), QStringLiteral("saved after the outage"));
    EXPECT_FALSE(window->editor()->sharedSaver()->waiting());
}

TEST_F(SharedWindowTest, AReadOnlyRolesEditIsRefusedAndKeptInTheWindow)
{
    const QTemporaryDir files;
    const auto viewer = server().addRole(files.path(), QStringLiteral("viewer"),
                                         QStringLiteral("viewer"), QStringLiteral("v-pw-24680"));
    ASSERT_TRUE(server().sql(QStringLiteral("REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM "
                                            "viewer; GRANT atlas_reader TO viewer")));
    qputenv("PGSERVICEFILE", QFile::encodeName(viewer.serviceFile));
    qputenv("PGPASSFILE", QFile::encodeName(viewer.passFile));
    openDatabase(QStringLiteral("PG:service=viewer"));
    const QString id = QStringLiteral("qaim-2017-11-restricted");
    const StoredRecord before = stored(id);
    test::editSummary(*window, id, QStringLiteral("not allowed"));
    QString told;
    test::onModal<QMessageBox>([&told](QMessageBox* box) {
        told = box->text();
        box->accept();
    });
    QTest::keySequence(window.get(), QKeySequence::Save);
    qunsetenv("PGSERVICEFILE");
    qunsetenv("PGPASSFILE");
    EXPECT_TRUE(told.contains(QStringLiteral("permission denied"))) << told.toStdString();
    EXPECT_TRUE(told.contains(QStringLiteral("kept in this window"))) << told.toStdString();
    EXPECT_FALSE(told.contains(QStringLiteral("v-pw-24680")));
    EXPECT_TRUE(window->isWindowModified());
    EXPECT_EQ(stored(id).revision, before.revision);
    const Dataset& d = window->model().dataset();
    EXPECT_EQ(d.events()[static_cast<std::size_t>(d.eventIndex(id))].summary,
              QStringLiteral("not allowed"));

    // Save As keeps it: the whole dataset, the server's other files too, as a folder.
    const QTemporaryDir copy;
    EXPECT_TRUE(window->editor()->saveTo(copy.path()));
    const DatasetReader::Result saved = DatasetReader::read(copy.path());
    ASSERT_TRUE(saved.ok()) << saved.problems.front().toString().toStdString();
    const Dataset& c = *saved.dataset;
    EXPECT_EQ(c.events()[static_cast<std::size_t>(c.eventIndex(id))].summary,
              QStringLiteral("not allowed"));
    EXPECT_FALSE(window->isWindowModified());
}

TEST_F(SharedWindowTest, TheHistoryOfTheSelectedEventIsShownByKeyboard)
{
    const QString id = QStringLiteral("qaim-2018-10-15-jaafari-muallem");
    for (const QString& summary : {QStringLiteral("first"), QStringLiteral("second")}) {
        test::editSummary(*window, id, summary);
        test::activate(*window); // back from the dialog
        QTest::keySequence(window.get(), QKeySequence::Save);
    }
    test::clickHistoryRow(*window, id);
    test::activate(*window);
    QStringList rows;
    test::onModal<HistoryDialog>([&rows](HistoryDialog* dialog) {
        QTableWidget* table = dialog->table();
        EXPECT_FALSE(table->accessibleName().isEmpty());
        for (int r = 0; r < table->rowCount(); ++r)
            rows << QStringLiteral("%1 %2: %3 → %4")
                        .arg(table->item(r, 2)->text(), table->item(r, 3)->text(),
                             table->item(r, 4)->text(), table->item(r, 5)->text());
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    ASSERT_GE(rows.size(), 3) << rows.join(u'\n').toStdString();
    EXPECT_TRUE(rows[0].contains(QStringLiteral("(created)"))) << rows[0].toStdString();
    EXPECT_TRUE(rows.back().startsWith(QStringLiteral("3 summary: first → second")))
        << rows.join(u'\n').toStdString();
}

TEST_F(SharedWindowTest, HistoryFromAFolderSaysItNeedsAServer)
{
    ASSERT_TRUE(window->model().openDataset(QStringLiteral(FRONTIER_MAPS_DIR)).empty());
    QString told;
    test::onModal<QMessageBox>([&told](QMessageBox* box) {
        told = box->text();
        box->accept();
    });
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    EXPECT_TRUE(told.contains(QStringLiteral("needs a server"))) << told.toStdString();
}

} // namespace
} // namespace frontier
