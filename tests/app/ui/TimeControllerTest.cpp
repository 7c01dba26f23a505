#include "TestData.h"
#include "UiTest.h"
#include "time/TimeController.h"

#include <QSignalSpy>

namespace frontier {
namespace {

TEST(TimeControllerTest, ClampsToTheRangeAndSignalsOnlyChanges)
{
    test::uiApp();
    TimeController t(test::bundledTimeline());
    QSignalSpy spy(&t, &TimeController::dateChanged);
    t.setDate(Date::fromYmd(2000, 5, 5));
    EXPECT_EQ(t.date(), TimeController::minimum());
    EXPECT_EQ(spy.count(), 0); // already at the minimum
    t.setDate(Date::fromYmd(2030, 1, 1));
    EXPECT_EQ(t.date(), TimeController::maximum());
    EXPECT_EQ(spy.count(), 1);
    t.setDate(Date::fromYmd(2030, 1, 1));
    EXPECT_EQ(spy.count(), 1);
}

TEST(TimeControllerTest, StepsByDayMonthAndYear)
{
    TimeController t(test::bundledTimeline());
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
    EXPECT_EQ(t.date(), TimeController::minimum());
}

TEST(TimeControllerTest, JumpsBetweenEvents)
{
    const auto timeline = test::bundledTimeline();
    TimeController t(timeline);
    t.setDate(Date::fromYmd(2015, 6, 1));
    t.nextEvent();
    EXPECT_EQ(t.date(), *timeline->nextChange(Date::fromYmd(2015, 6, 1)));
    const Date next = t.date();
    t.previousEvent();
    EXPECT_EQ(t.date(), *timeline->previousChange(next));
    EXPECT_LT(t.date(), next);
    t.goToEnd();
    EXPECT_EQ(t.date(), TimeController::maximum());
    t.goToStart();
    EXPECT_EQ(t.date(), TimeController::minimum());
}

TEST(TimeControllerTest, PlayAdvancesBySpeedAndStopsAtTheEnd)
{
    test::uiApp();
    TimeController t(test::bundledTimeline());
    t.setSpeed(30);
    t.setDate(TimeController::maximum().addDays(-45));
    QSignalSpy playing(&t, &TimeController::playingChanged);
    t.play();
    EXPECT_TRUE(t.isPlaying());
    EXPECT_TRUE(test::waitFor([&] { return !t.isPlaying(); }));
    EXPECT_EQ(t.date(), TimeController::maximum());
    EXPECT_EQ(playing.count(), 2);
    t.play(); // from the end, play starts over
    EXPECT_EQ(t.date(), TimeController::minimum());
    t.pause();
    EXPECT_FALSE(t.isPlaying());
}

} // namespace
} // namespace frontier
