// The window's edits apart from its dialogs (UndoableEdits): each edit reaches the model and is
// undone exactly, an edit the dataset cannot load with is refused, and another dataset opened
// drops the edits and their history.
#include "DatasetCopy.h"
#include "EditSteps.h"
#include "UiTest.h"

#include "ui/UndoableEdits.h"

#include <QMessageBox>
#include <QSignalSpy>
#include <QUndoStack>

namespace frontier {
namespace {

const QString kEvent = QStringLiteral("qaim-iq-2012-iraq");

// The application is made before the fixture's widgets.
struct UiAppFirst {
    UiAppFirst() { test::uiApp(); }
};

class UndoableEditsTest : public ::testing::Test, protected UiAppFirst {
protected:
    UndoableEditsTest() { EXPECT_TRUE(model.openDataset(data.path()).empty()); }

    QString summary() const
    {
        const Dataset& d = model.dataset();
        return d.events()[static_cast<std::size_t>(d.eventIndex(kEvent))].summary;
    }
    // The event's record with its summary replaced, and its index.
    std::pair<Record, int> edited(const QString& text)
    {
        EditableDataset* records = edits.open();
        EXPECT_NE(records, nullptr);
        const int index = records->indexOf(RecordKind::Event, kEvent);
        Record r = records->records().events[static_cast<std::size_t>(index)];
        r.properties.insert(QStringLiteral("summary"), text);
        return {r, index};
    }

    test::DatasetCopy data;
    AtlasModel model{test::bundledTimeline()};
    QWidget window;
    UndoableEdits edits{model, [] { return nullptr; }, &window};
};

TEST_F(UndoableEditsTest, AnEditReachesTheModelAndUndoRedoRestoreIt)
{
    EXPECT_EQ(edits.opened(), nullptr); // nothing is read before the first edit
    const QString before = summary();
    const auto [record, index] = edited(QStringLiteral("Edited"));
    ASSERT_TRUE(edits.commit(QStringLiteral("Edit"), RecordKind::Event, index, record));
    EXPECT_EQ(summary(), QStringLiteral("Edited"));
    EXPECT_GT(edits.lastUpdateMs(), 0);
    edits.undoStack()->undo();
    EXPECT_EQ(summary(), before);
    edits.undoStack()->redo();
    EXPECT_EQ(summary(), QStringLiteral("Edited"));
    EXPECT_NE(edits.opened(), nullptr); // the model's own edits keep them
}

TEST_F(UndoableEditsTest, AnEditTheDatasetCannotLoadWithIsRefusedWithItsProblem)
{
    auto [record, index] = edited(QStringLiteral("Edited"));
    record.properties.insert(QStringLiteral("actor"), QStringLiteral("nobody-at-all"));
    QString shown;
    test::onModal<QMessageBox>([&](QMessageBox* box) {
        shown = box->text();
        box->reject();
    });
    EXPECT_FALSE(edits.commit(QStringLiteral("Edit"), RecordKind::Event, index, record));
    EXPECT_TRUE(shown.contains(QStringLiteral("nobody-at-all"))) << shown.toStdString();
    EXPECT_EQ(edits.undoStack()->count(), 0);
    EXPECT_NE(summary(), QStringLiteral("Edited"));
}

TEST_F(UndoableEditsTest, AnotherDatasetOpenedDropsTheEditsAndTheirHistory)
{
    const auto [record, index] = edited(QStringLiteral("Edited"));
    ASSERT_TRUE(edits.commit(QStringLiteral("Edit"), RecordKind::Event, index, record));
    QSignalSpy discarded(&edits, &UndoableEdits::discarded);
    ASSERT_TRUE(model.openDataset(data.path()).empty());
    EXPECT_EQ(discarded.count(), 1);
    EXPECT_EQ(edits.undoStack()->count(), 0);
    EXPECT_EQ(edits.opened(), nullptr);
    EXPECT_NE(summary(), QStringLiteral("Edited"));
}

} // namespace
} // namespace frontier
