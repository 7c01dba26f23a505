#include "db/RecordDiff.h"
#include "db/EditJournal.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace frontier {
namespace {

Record event(const QJsonObject& properties)
{
    return {QStringLiteral("e1"), properties, QJsonValue(), {}};
}

TEST(RecordDiffTest, FieldsListEveryPropertyOfEitherSideThenTheGeometryMarkingWhatDiffers)
{
    const auto fields =
        RecordDiff::fields(event({{"summary", "a"}, {"confidence", "high"}}),
                           event({{"summary", "b"}, {"confidence", "high"}, {"end", "2020"}}));
    ASSERT_EQ(fields.size(), 4u);
    EXPECT_EQ(fields[0].field, QStringLiteral("confidence"));
    EXPECT_FALSE(fields[0].differs());
    EXPECT_EQ(fields[1].field, QStringLiteral("end"));
    EXPECT_TRUE(fields[1].before.isUndefined());
    EXPECT_TRUE(fields[1].differs());
    EXPECT_EQ(fields[2].field, QStringLiteral("summary"));
    EXPECT_TRUE(fields[2].differs());
    EXPECT_EQ(fields[3].field, QStringLiteral("geometry"));
    EXPECT_FALSE(fields[3].differs());
}

TEST(RecordDiffTest, TextShowsStringsAsTheyAreListsJoinedAndNoneAsADash)
{
    EXPECT_EQ(RecordDiff::text(QStringLiteral("'; DROP TABLE x;-- البوكمال")),
              QStringLiteral("'; DROP TABLE x;-- البوكمال"));
    EXPECT_EQ(RecordDiff::text(QJsonArray{"a", "b"}), QStringLiteral("a; b"));
    EXPECT_EQ(RecordDiff::text(QJsonValue()), QStringLiteral("—"));
    EXPECT_EQ(RecordDiff::text(QJsonArray{QJsonObject{{"until", "2019"}}}),
              QStringLiteral("[{\"until\":\"2019\"}]"));
    EXPECT_EQ(RecordDiff::text(3), QStringLiteral("3"));
}

TEST(RecordDiffTest, AMergeTakesTheirsWithEveryFieldIChangedFromTheBase)
{
    const Record base = event({{"summary", "base"}, {"confidence", "high"}, {"end", "2020"}});
    const Record mine = event({{"summary", "mine"}, {"confidence", "high"}});
    const Record theirs = event({{"summary", "base"}, {"confidence", "low"}, {"end", "2020"}});
    const Record merged = RecordDiff::merge(base, mine, theirs);
    EXPECT_EQ(merged.properties, (QJsonObject{{"summary", "mine"}, {"confidence", "low"}}));
}

TEST(EditJournalTest, ALaterEditOfARecordReplacesTheOneKeptOnItsBaseRevision)
{
    const QTemporaryDir dir;
    EditJournal journal(dir.filePath(QStringLiteral("journal.jsonl")));
    ASSERT_TRUE(journal.append({RecordKind::Event, event({{"summary", "first"}}), 4}).isEmpty());
    ASSERT_TRUE(journal.append({RecordKind::Source, event({{"title", "t"}}), 2}).isEmpty());
    ASSERT_TRUE(journal.append({RecordKind::Event, event({{"summary", "second"}}), 7}).isEmpty());
    const std::vector<PendingEdit> kept = journal.edits();
    ASSERT_EQ(kept.size(), 2u);
    EXPECT_EQ(kept[0].kind, RecordKind::Source);
    EXPECT_EQ(kept[1].record.properties[QStringLiteral("summary")], QStringLiteral("second"));
    EXPECT_EQ(kept[1].baseRevision, 4);

    ASSERT_TRUE(journal.drop(RecordKind::Event, QStringLiteral("e1")).isEmpty());
    ASSERT_EQ(journal.edits().size(), 1u);
    ASSERT_TRUE(journal.drop(RecordKind::Source, QStringLiteral("e1")).isEmpty());
    EXPECT_FALSE(QFile::exists(journal.path()));
}

} // namespace
} // namespace frontier
