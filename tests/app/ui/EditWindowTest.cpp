// Editing the dataset in the window, with real keys and clicks: add an event by typing, see a
// wrong date refused on its field, undo and redo, save and read the folder back, and the
// question before unsaved edits are lost.
#include "DatasetCopy.h"
#include "EditSteps.h"
#include "UiTest.h"
#include "WriteFaults.h"

#include "io/DatasetRecords.h"
#include "ui/EditController.h"
#include "ui/EventDialog.h"
#include "ui/FeaturePanel.h"
#include "ui/UiLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>

using namespace frontier;

namespace {

const QString kCrossing = QStringLiteral("qaim-albukamal");

class EditWindowTest : public test::WindowTest {
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        ASSERT_TRUE(window->model().openDataset(data.path()).empty());
        window->model().setSelectedFeature(window->model().dataset().featureIndex(kCrossing));
    }

    const Dataset& dataset() const { return window->model().dataset(); }
    EventDialog* openDialog(QKeySequence keys) { return test::openEventDialog(*window, keys); }
    static QPushButton* ok(QWidget* dialog) { return test::okButton(dialog); }
    void clickHistoryRow(const QString& id) { test::clickHistoryRow(*window, id); }
    void editSummary(const QString& id, const QString& summary)
    {
        test::editSummary(*window, id, summary);
    }

    template <typename T> static T* field(QWidget* dialog, const char* name)
    {
        auto* f = dialog->findChild<T*>(QLatin1String(name));
        EXPECT_TRUE(f) << name;
        return f;
    }

    // Chooses a combo box's item by keyboard: Home, then Down to the item with `data`.
    static void choose(QComboBox* combo, const QString& data)
    {
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < combo->findData(data); ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        ASSERT_EQ(combo->currentData().toString(), data);
    }

    // Ticks the checkable row with `id` of a list by keyboard (Space).
    static void tick(QListWidget* list, const QString& id)
    {
        list->setFocus();
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == id)
                list->setCurrentRow(i);
        QTest::keyClick(list->viewport(), Qt::Key_Space);
        ASSERT_EQ(list->currentItem()->checkState(), Qt::Checked);
    }

    // Answers the next modal message box with `button`, as a user would click it.
    static void answerNextBox(QMessageBox::StandardButton button, bool* asked)
    {
        QTimer::singleShot(0, [button, asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            *asked = box->text().contains(QStringLiteral("not saved"));
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        });
    }

    test::DatasetCopy data;
};

} // namespace

TEST_F(EditWindowTest, AnEventAddedByTypingIsOnTheMapAtItsDateAndInTheHistory)
{
    EventDialog* dialog = openDialog(QKeySequence::New);
    ASSERT_TRUE(dialog);
    QTest::keyClicks(field<QLineEdit>(dialog, "idEdit"), QStringLiteral("qaim-sy-2019-10-test"));
    QTest::keyClicks(field<QLineEdit>(dialog, "dateEdit"), QStringLiteral("2019-10-05"));
    choose(field<QComboBox>(dialog, "kindBox"), QStringLiteral("control"));
    choose(field<QComboBox>(dialog, "placeBox"), QStringLiteral("crossing:") + kCrossing);
    choose(field<QComboBox>(dialog, "sideBox"), QStringLiteral("SY"));
    choose(field<QComboBox>(dialog, "actorBox"), QStringLiteral("sdf"));
    tick(field<QListWidget>(dialog, "sourcesList"), dataset().sources().front().id);
    EXPECT_TRUE(ok(dialog)->isEnabled());
    QTest::mouseClick(ok(dialog), Qt::LeftButton);

    const int event = dataset().eventIndex(QStringLiteral("qaim-sy-2019-10-test"));
    ASSERT_GE(event, 0);
    EXPECT_EQ(window->model().date(), Date::fromYmd(2019, 10, 5));
    const int crossing = dataset().featureIndex(kCrossing);
    const auto state = window->timeline().featureStateAt(crossing, Date::fromYmd(2019, 10, 5));
    EXPECT_EQ(state.sides[static_cast<std::size_t>(Side::SY)].controller,
              dataset().actorIndex(QStringLiteral("sdf")));
    EXPECT_EQ(window->featurePanel()->currentEvent(), event);
    EXPECT_TRUE(window->isWindowModified());
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("[*]")));
    std::printf("edit → model updated: %.1f ms\n", window->editor()->lastUpdateMs());
}

TEST_F(EditWindowTest, AnInvalidDateIsShownOnItsFieldAndOkStaysOff)
{
    EventDialog* dialog = openDialog(QKeySequence::New);
    ASSERT_TRUE(dialog);
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("dateProblem"));
    ASSERT_TRUE(problem);
    EXPECT_TRUE(problem->isVisible()); // a new event has no date yet: "missing"
    QTest::keyClicks(field<QLineEdit>(dialog, "dateEdit"), QStringLiteral("2019-02-30"));
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(
        QStringLiteral("not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD): \"2019-02-30\"")));
    EXPECT_FALSE(ok(dialog)->isEnabled());
    QTest::keyClick(field<QLineEdit>(dialog, "dateEdit"), Qt::Key_Backspace);
    QTest::keyClick(field<QLineEdit>(dialog, "dateEdit"), Qt::Key_Backspace);
    QTest::keyClicks(field<QLineEdit>(dialog, "dateEdit"), QStringLiteral("28"));
    EXPECT_FALSE(problem->isVisible());
    EXPECT_FALSE(ok(dialog)->isEnabled()); // still no id, kind or sources
    QTest::keyClick(dialog, Qt::Key_Escape);
    EXPECT_FALSE(window->isWindowModified());
}

TEST_F(EditWindowTest, UndoAndRedoRestoreExactly)
{
    const QString id = QStringLiteral("qaim-sy-2012-syria-gov");
    const Event before = dataset().events()[static_cast<std::size_t>(dataset().eventIndex(id))];
    editSummary(id, QStringLiteral("Edited: '; DROP TABLE x;-- البوكمال 🛂"));
    const Event after = dataset().events()[static_cast<std::size_t>(dataset().eventIndex(id))];
    EXPECT_EQ(after.summary, QStringLiteral("Edited: '; DROP TABLE x;-- البوكمال 🛂"));
    EXPECT_TRUE(window->isWindowModified());

    QTest::keySequence(window.get(), QKeySequence::Undo);
    EXPECT_EQ(dataset().events()[static_cast<std::size_t>(dataset().eventIndex(id))], before);
    EXPECT_FALSE(window->isWindowModified());
    QTest::keySequence(window.get(), QKeySequence::Redo);
    EXPECT_EQ(dataset().events()[static_cast<std::size_t>(dataset().eventIndex(id))], after);
    EXPECT_TRUE(window->isWindowModified());
}

TEST_F(EditWindowTest, AnEventEditedInArabicKeepsItsSide)
{
    const QString id = QStringLiteral("qaim-sy-2012-syria-gov");
    UiLanguage::apply(UiLanguage::Language::Arabic); // the side box shows "الجانب السوري"
    editSummary(id, QStringLiteral("ملخص"));
    UiLanguage::apply(UiLanguage::Language::English);
    const Event& edited = dataset().events()[static_cast<std::size_t>(dataset().eventIndex(id))];
    EXPECT_EQ(edited.summary, QStringLiteral("ملخص"));
    ASSERT_TRUE(edited.side);
    EXPECT_EQ(*edited.side, Side::SY);
}

TEST_F(EditWindowTest, SaveWritesTheFolderThatReadsBackWithTheEdit)
{
    const QString id = QStringLiteral("qaim-sy-2012-syria-gov");
    editSummary(id, QStringLiteral("Saved summary."));
    clickHistoryRow(QStringLiteral("qaim-iq-2012-iraq"));
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_Delete)); // retire
    EXPECT_EQ(dataset().eventIndex(QStringLiteral("qaim-iq-2012-iraq")), -1);
    QTest::keySequence(window.get(), QKeySequence::Save);
    EXPECT_FALSE(window->isWindowModified());

    const auto read = DatasetReader::read(data.path());
    ASSERT_TRUE(read.ok());
    const Dataset& d = *read.dataset;
    EXPECT_EQ(d.events()[static_cast<std::size_t>(d.eventIndex(id))].summary,
              QStringLiteral("Saved summary."));
    EXPECT_EQ(d.eventIndex(QStringLiteral("qaim-iq-2012-iraq")), -1);
    LoadProblems problems;
    const DatasetRecords records = DatasetRecords::read(data.path(), problems);
    EXPECT_TRUE(std::any_of(records.events.begin(), records.events.end(), [](const Record& r) {
        return r.id == QStringLiteral("qaim-iq-2012-iraq") &&
               r.properties.contains(QStringLiteral("retired"));
    })); // retired, not deleted
    EXPECT_EQ(d.contentHash(), dataset().contentHash());
}

TEST_F(EditWindowTest, ClosingWithUnsavedEditsAsksAndCancelKeepsThem)
{
    editSummary(QStringLiteral("qaim-sy-2012-syria-gov"), QStringLiteral("Unsaved."));
    const QByteArray onDisk = test::fileBytes(data.filePath(QStringLiteral("events.geojson")));
    bool asked = false;
    answerNextBox(QMessageBox::Cancel, &asked);
    EXPECT_FALSE(window->close());
    EXPECT_TRUE(asked);
    EXPECT_TRUE(window->isVisible());
    EXPECT_TRUE(window->isWindowModified());

    // Opening another dataset asks too; Discard opens it and leaves the files as they were.
    asked = false;
    answerNextBox(QMessageBox::Discard, &asked);
    EXPECT_TRUE(window->datasets()->open(data.path()));
    EXPECT_TRUE(asked);
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_EQ(test::fileBytes(data.filePath(QStringLiteral("events.geojson"))), onDisk);
    EXPECT_TRUE(window->close()); // nothing unsaved: no question
}

TEST_F(EditWindowTest, ASourceAddedByTypingIsCheckedAsTypedAndUndone)
{
    const std::size_t sources = dataset().sources().size();
    bool filled = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        ASSERT_EQ(dialog->objectName(), QStringLiteral("sourceDialog"));
        QTest::keyClicks(field<QLineEdit>(dialog, "idEdit"), QStringLiteral("test-source"));
        QTest::keyClicks(field<QLineEdit>(dialog, "outletEdit"), QStringLiteral("O'Outlet \"x\""));
        QTest::keyClicks(field<QLineEdit>(dialog, "titleEdit"), QStringLiteral("A title"));
        QTest::keyClicks(field<QLineEdit>(dialog, "publishedEdit"), QStringLiteral("2019-13"));
        auto* problem = dialog->findChild<QLabel*>(QStringLiteral("publishedProblem"));
        ASSERT_TRUE(problem);
        EXPECT_TRUE(problem->isVisible());
        EXPECT_FALSE(ok(dialog)->isEnabled());
        QTest::keyClick(field<QLineEdit>(dialog, "publishedEdit"), Qt::Key_Backspace);
        QTest::keyClick(field<QLineEdit>(dialog, "publishedEdit"), Qt::Key_Backspace);
        QTest::keyClicks(field<QLineEdit>(dialog, "publishedEdit"), QStringLiteral("09"));
        EXPECT_FALSE(problem->isVisible());
        EXPECT_TRUE(ok(dialog)->isEnabled());
        filled = true;
        QTest::mouseClick(ok(dialog), Qt::LeftButton);
    });
    window->editor()->editCatalog(RecordKind::Source);
    ASSERT_TRUE(filled);
    ASSERT_EQ(dataset().sources().size(), sources + 1);
    const Source& added = dataset().sources().back();
    EXPECT_EQ(added.outlet, QStringLiteral("O'Outlet \"x\""));
    EXPECT_EQ(added.published, *Date::parse(u"2019-09"));
    window->activateWindow(); // back from the dialog
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keySequence(window.get(), QKeySequence::Undo);
    EXPECT_EQ(dataset().sources().size(), sources);
    EXPECT_FALSE(window->isWindowModified());
}
