#include "time/TimeController.h"
#include "TestData.h"
#include "UiTest.h"

#include <QSignalSpy>

namespace frontier {
namespace {

TEST(TimeControllerTest, ClampsToTheRangeAndSignalsOnlyChanges)
{
    test::uiApp();
    AtlasModel model(test::bundledTimeline());
    TimeController t(model);
    QSignalSpy spy(&model, &AtlasModel::dateChanged);
    t.setDate(Date::fromYmd(2000, 5, 5));
    EXPECT_EQ(t.date(), AtlasModel::minimumDate());
    EXPECT_EQ(spy.count(), 0); // already at the minimum
    t.setDate(Date::fromYmd(2030, 1, 1));
    EXPECT_EQ(t.date(), AtlasModel::maximumDate());
    EXPECT_EQ(spy.count(), 1);
    t.setDate(Date::fromYmd(2030, 1, 1));
    EXPECT_EQ(spy.count(), 1);
}

TEST(TimeControllerTest, StepsByDayMonthAndYear)
{
    AtlasModel model(test::bundledTimeline());
    TimeController t(model);
    t.setDate(Date::fromYmd(2016, 1, 31));
    t.stepDays(1);
    EXPECT_EQ(t.date(), Date::fromYmd(2016, 2, 1));
    t.stepDays(-2);
    EXPECT_EQ(t.date(), Date::fromYmd(2016, 1, 30));
    t.setDate(Date::fromYmd(2016, 1, 31));
    t.stepMonths(1);
    EXPECT_EQ(t.date(), Date::fromYmd(2016, 2, 29));
    t.stepYears(1);
    EXPECT_EQ(t.date(), Date::fromYmd(2017, 2, 28));
    t.stepYears(-10);
    EXPECT_EQ(t.date(), AtlasModel::minimumDate());
}

TEST(TimeControllerTest, JumpsBetweenEvents)
{
    const auto timeline = test::bundledTimeline();
    AtlasModel model(timeline);
    TimeController t(model);
    t.setDate(Date::fromYmd(2015, 6, 1));
    t.nextEvent();
    EXPECT_EQ(t.date(), *timeline->nextChange(Date::fromYmd(2015, 6, 1)));
    const Date next = t.date();
    t.previousEvent();
    EXPECT_EQ(t.date(), *timeline->previousChange(next));
    EXPECT_LT(t.date(), next);
    t.goToEnd();
    EXPECT_EQ(t.date(), AtlasModel::maximumDate());
    t.goToStart();
    EXPECT_EQ(t.date(), AtlasModel::minimumDate());
}

TEST(TimeControllerTest, PlayAdvancesBySpeedAndStopsAtTheEnd)
{
    test::uiApp();
    AtlasModel model(test::bundledTimeline());
    TimeController t(model);
    t.setSpeed(30);
    t.setDate(AtlasModel::maximumDate().addDays(-45));
    QSignalSpy playing(&t, &TimeController::playingChanged);
    t.play();
    EXPECT_TRUE(t.isPlaying());
    EXPECT_TRUE(test::waitFor([&] { return !t.isPlaying(); }));
    EXPECT_EQ(t.date(), AtlasModel::maximumDate());
    EXPECT_EQ(playing.count(), 2);
    t.play(); // from the end, play starts over
    EXPECT_EQ(t.date(), AtlasModel::minimumDate());
    t.pause();
    EXPECT_FALSE(t.isPlaying());
}

} // namespace
} // namespace frontier
