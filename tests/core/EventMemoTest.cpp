#include "io/EventMemo.h"
#include "Printers.h"

#include "io/DatasetReader.h"
#include "io/DatasetRecords.h"
#include "model/IdIndex.h"

#include <gtest/gtest.h>

using namespace frontier;

namespace {

const QString kMaps = QStringLiteral(FRONTIER_MAPS_DIR);

// The bundled records, and the ids their events resolve against.
struct Bundled {
    DatasetRecords records;
    FeatureIds features;
    QHash<QString, int> actors, sources;

    Bundled()
    {
        LoadProblems problems;
        records = DatasetRecords::read(kMaps, problems);
        const auto dataset = DatasetReader::read(kMaps).dataset;
        for (const LoadProblem& p : problems)
            ADD_FAILURE() << p.toString().toStdString();
        if (!dataset)
            return;
        features = FeatureIds::of(*dataset);
        actors = idIndex(dataset->actors());
        sources = idIndex(dataset->sources());
    }
    EventReader::Ids ids() const { return {actors, sources, features.crossings, features.sectors}; }
    std::vector<Event> read(LoadProblems& problems, EventMemo* memo) const
    {
        return EventReader::read(records.events, records.eventsFile, ids(), problems, memo);
    }
};

Record& recordAt(Bundled& b, std::size_t i)
{
    return b.records.events.at(i);
}

} // namespace

TEST(EventMemoTest, ReadingWithAMemoGivesTheEventsReadWithout)
{
    const Bundled b;
    ASSERT_GT(b.records.events.size(), 10u);
    LoadProblems problems;
    EventMemo memo;
    const auto first = b.read(problems, &memo);
    const auto again = b.read(problems, &memo);
    const auto without = b.read(problems, nullptr);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(first, without);
    EXPECT_EQ(again, without);
    EXPECT_EQ(memo.size(), b.records.events.size());
}

TEST(EventMemoTest, OnlyAChangedRecordIsReadAgain)
{
    Bundled b;
    LoadProblems problems;
    EventMemo memo;
    b.read(problems, &memo);
    const Record unchanged = recordAt(b, 0);
    Record& changed = recordAt(b, 1);
    changed.properties.insert(QStringLiteral("summary"),
                              QStringLiteral("Corrected by a colleague"));
    memo.begin(b.ids());
    ASSERT_NE(memo.find(unchanged), nullptr);
    EXPECT_EQ(memo.find(changed), nullptr);

    const auto events = b.read(problems, &memo);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(events, b.read(problems, nullptr));
    const auto it = std::find_if(events.begin(), events.end(),
                                 [&](const Event& e) { return e.id == changed.id; });
    ASSERT_NE(it, events.end());
    EXPECT_EQ(it->summary, QStringLiteral("Corrected by a colleague"));
    ASSERT_NE(memo.find(changed), nullptr); // kept as read now
    EXPECT_EQ(memo.find(changed)->summary, QStringLiteral("Corrected by a colleague"));
}

TEST(EventMemoTest, OtherIdsForgetEveryEvent)
{
    Bundled b;
    LoadProblems problems;
    EventMemo memo;
    b.read(problems, &memo);
    // A new actor first moves every other actor's index: the events must be resolved again.
    QHash<QString, int> moved;
    for (auto it = b.actors.cbegin(); it != b.actors.cend(); ++it)
        moved.insert(it.key(), it.value() + 1);
    moved.insert(QStringLiteral("newcomer"), 0);
    b.actors = moved;
    const auto events = b.read(problems, &memo);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(events, b.read(problems, nullptr));
    const auto withActor =
        std::find_if(events.begin(), events.end(), [](const Event& e) { return e.actor >= 0; });
    ASSERT_NE(withActor, events.end());
    EXPECT_GE(withActor->actor, 1);
}

TEST(EventMemoTest, ARecordWithAProblemIsReportedEveryTime)
{
    Bundled b;
    recordAt(b, 2).properties.insert(QStringLiteral("kind"), QStringLiteral("rumour"));
    EventMemo memo;
    for (int i = 0; i < 2; ++i) {
        LoadProblems problems;
        b.read(problems, &memo);
        ASSERT_EQ(problems.size(), 1u) << i;
        EXPECT_EQ(problems.front().field, QStringLiteral("kind"));
    }
    EXPECT_EQ(memo.find(recordAt(b, 2)), nullptr);
}

TEST(EventMemoTest, DeletedRecordsAreForgotten)
{
    Bundled b;
    LoadProblems problems;
    EventMemo memo;
    b.read(problems, &memo);
    const Record gone = b.records.events.back();
    b.records.events.pop_back();
    b.read(problems, &memo);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(memo.size(), b.records.events.size());
    memo.begin(b.ids());
    EXPECT_EQ(memo.find(gone), nullptr);
}
