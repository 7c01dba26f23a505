#include "time/IntervalBuilder.h"
#include "Printers.h"

#include <gtest/gtest.h>

#include <numeric>

using namespace frontier;

namespace {

Date day(const char16_t* text)
{
    return *Date::parse(QStringView(text));
}
std::int32_t jd(const char16_t* text)
{
    return day(text).julianDay();
}

Event control(const char16_t* date, int actor, std::vector<int> with = {})
{
    Event e;
    e.kind = EventKind::Control;
    e.date = day(date);
    e.feature = 0;
    e.side = Side::IQ;
    e.actor = actor;
    e.with = std::move(with);
    e.confidence = Confidence::High;
    return e;
}

Event status(const char16_t* date, CrossingStatus s)
{
    Event e;
    e.kind = EventKind::Status;
    e.date = day(date);
    e.feature = 0;
    e.status = s;
    return e;
}

Claim claim(const char* field, const char* value)
{
    Claim c;
    c.field = QLatin1String(field);
    c.value = QLatin1String(value);
    c.sources = {0};
    return c;
}

std::vector<int> inOrder(const std::vector<Event>& events)
{
    std::vector<int> ordered(events.size());
    std::iota(ordered.begin(), ordered.end(), 0);
    return ordered;
}

void expectContiguous(const Intervals& intervals)
{
    ASSERT_FALSE(intervals.empty());
    EXPECT_EQ(intervals.front().start, kTimelineStart);
    EXPECT_EQ(intervals.back().end, kOpenEnd);
    for (std::size_t i = 1; i < intervals.size(); ++i) {
        EXPECT_EQ(intervals[i - 1].end, intervals[i].start) << i;
        EXPECT_LT(intervals[i].start, intervals[i].end) << i;
    }
}

} // namespace

TEST(IntervalBuilderTest, NoEventsIsOneGap)
{
    const Intervals iv = IntervalBuilder::build({}, {}, IntervalBuilder::Track::Control);
    ASSERT_EQ(iv.size(), 1u);
    EXPECT_TRUE(iv[0].isGap());
    EXPECT_EQ(iv[0].start, kTimelineStart);
    EXPECT_EQ(iv[0].end, kOpenEnd);
    EXPECT_EQ(iv[0].actor, -1);
    EXPECT_EQ(iv[0].status, CrossingStatus::Unknown);
    EXPECT_FALSE(iv[0].disputed);
}

TEST(IntervalBuilderTest, ControlEventsMakeGapThenIntervals)
{
    const std::vector<Event> events{control(u"2012", 1), control(u"2014-06-21", 2, {3, 4})};
    const Intervals iv =
        IntervalBuilder::build(events, inOrder(events), IntervalBuilder::Track::Control);
    expectContiguous(iv);
    ASSERT_EQ(iv.size(), 3u);
    EXPECT_TRUE(iv[0].isGap());
    EXPECT_EQ(iv[0].end, jd(u"2012-01-01"));
    EXPECT_EQ(iv[1].event, 0);
    EXPECT_EQ(iv[1].actor, 1);
    EXPECT_TRUE(iv[1].approximate);
    EXPECT_EQ(iv[1].confidence, Confidence::High);
    EXPECT_EQ(iv[1].end, jd(u"2014-06-21"));
    EXPECT_EQ(iv[2].event, 1);
    EXPECT_EQ(iv[2].actor, 2);
    EXPECT_EQ(iv[2].with, (std::vector<int>{3, 4}));
    EXPECT_FALSE(iv[2].approximate);
    EXPECT_EQ(iv[2].status, CrossingStatus::Unknown); // control intervals carry no status
}

TEST(IntervalBuilderTest, StatusTrackCarriesStatusNotActor)
{
    std::vector<Event> events{status(u"2019-09-30", CrossingStatus::Open)};
    events[0].actor = 5; // ignored on the status track
    const Intervals iv = IntervalBuilder::build(events, {0}, IntervalBuilder::Track::Status);
    ASSERT_EQ(iv.size(), 2u);
    EXPECT_EQ(iv[1].status, CrossingStatus::Open);
    EXPECT_EQ(iv[1].actor, -1);
    EXPECT_EQ(iv[1].confidence, Confidence::Medium);
}

TEST(IntervalBuilderTest, FollowsTheGivenOrderForSameDayEvents)
{
    const std::vector<Event> events{control(u"2014-06-25", 1), control(u"2014-06-25", 2)};
    const Intervals forward =
        IntervalBuilder::build(events, {0, 1}, IntervalBuilder::Track::Control);
    ASSERT_EQ(forward.size(), 2u);
    EXPECT_EQ(forward[1].actor, 2);
    const Intervals backward =
        IntervalBuilder::build(events, {1, 0}, IntervalBuilder::Track::Control);
    ASSERT_EQ(backward.size(), 2u);
    EXPECT_EQ(backward[1].actor, 1);
}

TEST(IntervalBuilderTest, EndMakesAGapUntilTheNextEvent)
{
    std::vector<Event> events{control(u"2013-01-01", 1), control(u"2014-01-10", 2)};
    events[0].end = day(u"2013-06"); // through 30 June
    const Intervals iv =
        IntervalBuilder::build(events, inOrder(events), IntervalBuilder::Track::Control);
    expectContiguous(iv);
    ASSERT_EQ(iv.size(), 4u);
    EXPECT_EQ(iv[1].end, jd(u"2013-07-01"));
    EXPECT_TRUE(iv[2].isGap());
    EXPECT_EQ(iv[2].start, jd(u"2013-07-01"));
    EXPECT_EQ(iv[2].end, jd(u"2014-01-10"));
    EXPECT_EQ(iv[3].actor, 2);
}

TEST(IntervalBuilderTest, EndOnTheLastEventLeavesAGapToOpenEnd)
{
    std::vector<Event> events{control(u"2019-01-01", 1)};
    events[0].end = day(u"2019-01-22");
    const Intervals iv = IntervalBuilder::build(events, {0}, IntervalBuilder::Track::Control);
    expectContiguous(iv);
    ASSERT_EQ(iv.size(), 3u);
    EXPECT_EQ(iv[1].end, jd(u"2019-01-23"));
    EXPECT_TRUE(iv[2].isGap());
}

TEST(IntervalBuilderTest, EndAfterTheNextEventIsCut)
{
    std::vector<Event> events{control(u"2014-01-10", 1), control(u"2017-06-17", 2)};
    events[0].end = day(u"2020");
    const Intervals iv =
        IntervalBuilder::build(events, inOrder(events), IntervalBuilder::Track::Control);
    expectContiguous(iv);
    ASSERT_EQ(iv.size(), 3u);
    EXPECT_EQ(iv[1].end, jd(u"2017-06-17"));
    EXPECT_EQ(iv[2].actor, 2);
}

TEST(IntervalBuilderTest, EventsBeforeTimelineStartAreClamped)
{
    const std::vector<Event> events{control(u"1850", 1)};
    const Intervals iv = IntervalBuilder::build(events, {0}, IntervalBuilder::Track::Control);
    ASSERT_EQ(iv.size(), 1u);
    EXPECT_EQ(iv[0].start, kTimelineStart);
    EXPECT_EQ(iv[0].actor, 1);
}

TEST(IntervalBuilderTest, StateClaimsDisputeTheInterval)
{
    for (const char* field : {"actor", "with", "status", "end", "side"}) {
        std::vector<Event> events{control(u"2014-06-21", 1)};
        events[0].claims.push_back(claim(field, "x"));
        const Intervals iv = IntervalBuilder::build(events, {0}, IntervalBuilder::Track::Control);
        ASSERT_EQ(iv.size(), 2u) << field;
        EXPECT_TRUE(iv[1].disputed) << field;
        EXPECT_FALSE(iv[0].disputed) << field;
    }
}

TEST(IntervalBuilderTest, StateClaimWithUntilDisputesOnlyThoseDays)
{
    std::vector<Event> events{control(u"2014-06-21", 1), control(u"2017-11-03", 2)};
    Claim c = claim("actor", "0");
    c.until = day(u"2014-06-21");
    events[0].claims.push_back(c);
    const Intervals iv =
        IntervalBuilder::build(events, inOrder(events), IntervalBuilder::Track::Control);
    expectContiguous(iv);
    ASSERT_EQ(iv.size(), 4u); // gap, the claimed day, the rest of the event's state, the next event
    EXPECT_EQ(iv[1].start, jd(u"2014-06-21"));
    EXPECT_EQ(iv[1].end, jd(u"2014-06-22"));
    EXPECT_TRUE(iv[1].disputed);
    EXPECT_EQ(iv[2].actor, 1);
    EXPECT_FALSE(iv[2].disputed);
    EXPECT_EQ(iv[2].end, jd(u"2017-11-03"));
    EXPECT_FALSE(iv[3].disputed);
}

TEST(IntervalBuilderTest, StateClaimUntilBeyondTheNextEventStopsAtIt)
{
    std::vector<Event> events{control(u"2014-06-21", 1), control(u"2014-07-01", 2)};
    Claim c = claim("with", "x");
    c.until = day(u"2015");
    events[0].claims.push_back(c);
    const Intervals iv =
        IntervalBuilder::build(events, inOrder(events), IntervalBuilder::Track::Control);
    expectContiguous(iv);
    ASSERT_EQ(iv.size(), 3u);
    EXPECT_TRUE(iv[1].disputed);
    EXPECT_FALSE(iv[2].disputed); // the next event's state is not what the claim contradicts
}

TEST(IntervalBuilderTest, OtherClaimsDoNotDispute)
{
    for (const char* field : {"casualties", "summary", "restriction"}) {
        std::vector<Event> events{control(u"2014-06-21", 1)};
        events[0].claims.push_back(claim(field, "2"));
        EXPECT_FALSE(events[0].isDisputed()) << field;
        const Intervals iv = IntervalBuilder::build(events, {0}, IntervalBuilder::Track::Control);
        ASSERT_EQ(iv.size(), 2u);
        EXPECT_FALSE(iv[1].disputed) << field;
    }
}

TEST(IntervalBuilderTest, EarlierDateClaimDisputesTheStretchBefore)
{
    std::vector<Event> events{control(u"2012", 1), control(u"2014-06-25", 2)};
    events[1].claims.push_back(claim("date", "2014"));
    EXPECT_TRUE(events[1].isDisputed());
    const Intervals iv =
        IntervalBuilder::build(events, inOrder(events), IntervalBuilder::Track::Control);
    expectContiguous(iv);
    ASSERT_EQ(iv.size(), 4u);
    EXPECT_EQ(iv[1].actor, 1);
    EXPECT_FALSE(iv[1].disputed);
    EXPECT_EQ(iv[1].end, jd(u"2014-01-01"));
    EXPECT_EQ(iv[2].actor, 1);
    EXPECT_TRUE(iv[2].disputed);
    EXPECT_EQ(iv[2].start, jd(u"2014-01-01"));
    EXPECT_EQ(iv[2].end, jd(u"2014-06-25"));
    EXPECT_EQ(iv[3].actor, 2);
    EXPECT_FALSE(iv[3].disputed); // the event's own state is not disputed by a date claim
}

TEST(IntervalBuilderTest, LaterDateClaimDisputesTheStartOfTheEvent)
{
    std::vector<Event> events{status(u"2025-06-14", CrossingStatus::Open)};
    events[0].claims.push_back(claim("date", "2025-07"));
    const Intervals iv = IntervalBuilder::build(events, {0}, IntervalBuilder::Track::Status);
    expectContiguous(iv);
    ASSERT_EQ(iv.size(), 3u);
    EXPECT_TRUE(iv[1].disputed);
    EXPECT_EQ(iv[1].start, jd(u"2025-06-14"));
    EXPECT_EQ(iv[1].end, jd(u"2025-08-01")); // through the whole claimed month
    EXPECT_FALSE(iv[2].disputed);
    EXPECT_EQ(iv[2].event, 0);
    EXPECT_EQ(iv[2].status, CrossingStatus::Open);
}

TEST(IntervalBuilderTest, DateClaimSpanningSeveralIntervalsSplitsBothEnds)
{
    std::vector<Event> events{status(u"2012-07-19", CrossingStatus::Closed),
                              status(u"2012-09-18", CrossingStatus::Restricted),
                              status(u"2013-01-13", CrossingStatus::Closed)};
    events[0].claims.push_back(claim("date", "2014"));
    const Intervals iv =
        IntervalBuilder::build(events, inOrder(events), IntervalBuilder::Track::Status);
    expectContiguous(iv);
    // gap | closed (disp) | restricted (disp) | closed (disp) through 2014 | closed
    ASSERT_EQ(iv.size(), 5u);
    EXPECT_FALSE(iv[0].disputed);
    EXPECT_TRUE(iv[1].disputed);
    EXPECT_TRUE(iv[2].disputed);
    EXPECT_TRUE(iv[3].disputed);
    EXPECT_EQ(iv[3].end, jd(u"2015-01-01")); // a year claim disputes the whole of 2014
    EXPECT_FALSE(iv[4].disputed);
    EXPECT_EQ(iv[4].event, 2);
}

TEST(IntervalBuilderTest, SameDateClaimOrUnparsableClaimDisputesNothing)
{
    std::vector<Event> events{control(u"2014-06-21", 1)};
    events[0].claims.push_back(claim("date", "2014-06-21"));
    events[0].claims.push_back(claim("date", "June 2014"));
    const Intervals iv = IntervalBuilder::build(events, {0}, IntervalBuilder::Track::Control);
    ASSERT_EQ(iv.size(), 2u);
    EXPECT_FALSE(iv[0].disputed);
    EXPECT_FALSE(iv[1].disputed);
}
