#include "edit/EditableDataset.h"
#include "DatasetCopy.h"
#include "Printers.h"
#include "TestData.h"

#include "time/Timeline.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <algorithm>

using namespace frontier;

namespace {

EditableDataset open(std::shared_ptr<const Dataset> dataset)
{
    LoadProblems problems;
    auto edits = EditableDataset::open(std::move(dataset), problems);
    EXPECT_TRUE(problems.empty());
    return std::move(*edits);
}

} // namespace

TEST(EditableDatasetTest, AnEditBuildsTheDatasetOnTheLoadedBasemap)
{
    const auto bundled = test::bundled();
    EditableDataset edits = open(bundled);
    const int index = edits.indexOf(RecordKind::Event, QStringLiteral("qaim-sy-2012-syria-gov"));
    ASSERT_GE(index, 0);
    Record r = edits.records().events[static_cast<std::size_t>(index)];
    r.properties.insert(QStringLiteral("date"), QStringLiteral("2012-03-04"));
    EXPECT_TRUE(edits.check(RecordKind::Event, index, r).empty());
    edits.put(RecordKind::Event, index, r);

    QElapsedTimer timer;
    timer.start();
    LoadProblems problems;
    const auto edited = edits.build(problems);
    ASSERT_TRUE(edited);
    const Timeline timeline(edited);
    std::printf("edit → dataset and timeline: %.1f ms\n",
                static_cast<double>(timer.nsecsElapsed()) / 1e6);
    const Event& e = edited->events()[static_cast<std::size_t>(edited->eventIndex(r.id))];
    EXPECT_EQ(e.date, Date::fromYmd(2012, 3, 4));
    EXPECT_EQ(edited->features().size(), bundled->features().size());
    EXPECT_EQ(edited->layer(BaseLayer::Rivers).features.size(),
              bundled->layer(BaseLayer::Rivers).features.size());
    EXPECT_NE(edited->contentHash(), bundled->contentHash());
}

TEST(EditableDatasetTest, CheckGivesTheReadersProblemsWithoutChangingTheRecords)
{
    EditableDataset edits = open(test::bundled());
    Record r = edits.records().events.front();
    r.properties.insert(QStringLiteral("date"), QStringLiteral("2019-02-30"));
    const LoadProblems problems = edits.check(RecordKind::Event, 0, r);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.front(),
              (LoadProblem{QStringLiteral("events.geojson"), r.id, QStringLiteral("date"),
                           QStringLiteral("not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD): "
                                          "\"2019-02-30\"")}));
    EXPECT_EQ(edits.records().events.front().properties.value(QStringLiteral("date")),
              QJsonValue(QStringLiteral("2012")));
    // Added at the end with an id already used: a duplicate.
    const int end = static_cast<int>(edits.records().events.size());
    const LoadProblems duplicate =
        edits.check(RecordKind::Event, end, edits.records().events.front());
    ASSERT_EQ(duplicate.size(), 1u);
    EXPECT_EQ(duplicate.front().field, QStringLiteral("id"));
}

TEST(EditableDatasetTest, SavingToAnotherFolderWritesAWholeDataset)
{
    test::DatasetCopy source;
    auto read = DatasetReader::read(source.path());
    ASSERT_TRUE(read.ok());
    EditableDataset edits = open(read.dataset);
    edits.put(RecordKind::Event, 0, std::nullopt); // the first event removed
    QTemporaryDir target;
    ASSERT_TRUE(AtomicFiles::save(edits.files(target.path())).isEmpty());
    const auto copy = DatasetReader::read(target.path());
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(copy.dataset->events().size(), read.dataset->events().size() - 1);
    EXPECT_EQ(copy.dataset->sectors().size(), read.dataset->sectors().size());
}

TEST(EditableDatasetTest, ItKnowsWhichRecordsWerePutSinceItWasLastToldSo)
{
    EditableDataset edits = open(test::bundled());
    EXPECT_TRUE(edits.touched().empty());
    const int index = edits.indexOf(RecordKind::Event, QStringLiteral("qaim-sy-2012-syria-gov"));
    ASSERT_GE(index, 0);
    Record renamed = edits.records().events[static_cast<std::size_t>(index)];
    renamed.id = QStringLiteral("qaim-sy-2012-renamed");
    edits.put(RecordKind::Event, index, renamed);
    Record added = edits.records().sources.front();
    added.id = QStringLiteral("new-source");
    edits.put(RecordKind::Source, static_cast<int>(edits.records().sources.size()), added);
    // The id it had and the one it has; the added record; nothing else of 100s of records.
    const std::set<RecordKey> expected{
        {RecordKind::Event, QStringLiteral("qaim-sy-2012-syria-gov")},
        {RecordKind::Event, QStringLiteral("qaim-sy-2012-renamed")},
        {RecordKind::Source, QStringLiteral("new-source")}};
    EXPECT_EQ(edits.touched(), expected);
    edits.clearTouched();
    EXPECT_TRUE(edits.touched().empty());
}

TEST(EditableDatasetTest, TheUnsavedContentsHashNamesTheContent)
{
    const auto bundled = test::bundled();
    const auto hashOf = [](const EditableDataset& edits) {
        LoadProblems problems;
        const auto built = edits.build(problems);
        EXPECT_TRUE(built) << (problems.empty() ? "" : problems.front().toString().toStdString());
        return built ? built->contentHash() : QByteArray();
    };
    const auto withSummary = [](EditableDataset& edits, int index, const QString& summary) {
        Record r = edits.records().events.at(static_cast<std::size_t>(index));
        r.properties.insert(QStringLiteral("summary"), summary);
        edits.put(RecordKind::Event, index, r);
    };
    EditableDataset a = open(bundled), b = open(bundled);
    withSummary(a, 3, QStringLiteral("first"));
    withSummary(b, 3, QStringLiteral("second"));
    EXPECT_NE(hashOf(a), hashOf(b));
    EXPECT_NE(hashOf(a), bundled->contentHash());
    // The same edits, the same content: the same hash, however it was reached.
    withSummary(b, 3, QStringLiteral("first"));
    EXPECT_EQ(hashOf(a), hashOf(b));
    // A removed event is part of the content too.
    EditableDataset removed = a;
    removed.put(RecordKind::Event, 5, std::nullopt);
    EXPECT_NE(hashOf(removed), hashOf(a));
    // Saved to a server (its records marked as sent), the dataset still holds the first edit,
    // and the same content keeps its hash.
    const QByteArray saved = hashOf(a);
    a.clearTouched();
    EXPECT_EQ(hashOf(a), saved);
    EditableDataset onlySecond = open(bundled);
    withSummary(a, 4, QStringLiteral("another"));
    withSummary(onlySecond, 4, QStringLiteral("another"));
    EXPECT_NE(hashOf(a), hashOf(onlySecond));
}

// Each record is found where a search from the start finds it (the first with its id), after
// puts that leave the other records where they are and puts that move them, and in a copy.
TEST(EditableDatasetTest, IndexOfFindsEachRecordWherePutsLeftIt)
{
    EditableDataset edits = open(test::bundled());
    const auto expectFound = [](const EditableDataset& e) {
        const auto& events = e.records().events;
        for (const Record& r : events) {
            const auto first = std::find_if(events.begin(), events.end(),
                                            [&r](const Record& o) { return o.id == r.id; });
            EXPECT_EQ(e.indexOf(RecordKind::Event, r.id), first - events.begin())
                << r.id.toStdString();
        }
    };
    const auto size = [&edits] { return static_cast<int>(edits.records().events.size()); };
    const auto event = [&edits](int index) {
        return edits.records().events.at(static_cast<std::size_t>(index));
    };
    expectFound(edits);
    Record added = event(3);
    added.id = QStringLiteral("added");
    edits.put(RecordKind::Event, size(), added);
    const EditableDataset copy = edits;
    Record changed = event(5);
    changed.properties.insert(QStringLiteral("summary"), QStringLiteral("changed"));
    edits.put(RecordKind::Event, 5, changed);
    expectFound(edits);
    edits.put(RecordKind::Event, size(), event(2)); // a second record with event 2's id, last
    expectFound(edits);
    edits.put(RecordKind::Event, size() - 1, std::nullopt);
    expectFound(edits);
    const QString oldId = event(4).id;
    Record renamed = event(4);
    renamed.id = QStringLiteral("renamed");
    edits.put(RecordKind::Event, 4, renamed);
    EXPECT_EQ(edits.indexOf(RecordKind::Event, oldId), -1);
    expectFound(edits);
    edits.put(RecordKind::Event, 1, std::nullopt); // the records after it move up
    expectFound(edits);
    EXPECT_EQ(edits.indexOf(RecordKind::Event, QStringLiteral("added")), size() - 1);
    EXPECT_EQ(edits.indexOf(RecordKind::Event, QStringLiteral("missing")), -1);

    expectFound(copy);
    EXPECT_EQ(copy.indexOf(RecordKind::Event, QStringLiteral("renamed")), -1);
    EXPECT_EQ(copy.indexOf(RecordKind::Event, oldId), 4);
}
