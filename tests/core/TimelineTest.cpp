#include "time/Timeline.h"
#include "Printers.h"
#include "TestData.h"
#include "io/DatasetReader.h"

#include <QDate>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace frontier;

namespace {

std::int32_t jd(const char16_t* text)
{
    return Date::parse(QStringView(text))->julianDay();
}
Date day(const char16_t* text)
{
    return *Date::parse(QStringView(text));
}

// The test datasets cover 1900–2100: a state with no later event changes (to unknown) after it.
const auto kAfterCoverage = static_cast<std::int32_t>(QDate(2101, 1, 1).toJulianDay());

std::shared_ptr<const Dataset> load(const QString& name)
{
    const auto result = DatasetReader::read(test::testData(QStringLiteral("timeline/") + name));
    for (const LoadProblem& p : result.problems)
        ADD_FAILURE() << p.toString().toStdString();
    return result.dataset;
}

/// A Timeline over one hand-made dataset, with lookups by id.
class TimelineFixture : public ::testing::Test {
protected:
    void open(const QString& name)
    {
        m_dataset = load(name);
        ASSERT_TRUE(m_dataset);
        m_timeline = std::make_unique<Timeline>(m_dataset);
    }
    const Timeline& timeline() const { return *m_timeline; }
    const Dataset& dataset() const { return *m_dataset; }
    int crossing(const char* id) const
    {
        const int i = m_dataset->featureIndex(QLatin1String(id));
        EXPECT_GE(i, 0) << id;
        return i;
    }
    int actor(const char* id) const
    {
        const int i = m_dataset->actorIndex(QLatin1String(id));
        EXPECT_GE(i, 0) << id;
        return i;
    }
    int event(const char* id) const
    {
        const int i = m_dataset->eventIndex(QLatin1String(id));
        EXPECT_GE(i, 0) << id;
        return i;
    }
    FeatureState at(const char* crossingId, const char16_t* date) const
    {
        return m_timeline->featureStateAt(crossing(crossingId), day(date));
    }
    std::vector<int> events(std::initializer_list<const char*> ids) const
    {
        std::vector<int> out;
        for (const char* id : ids)
            out.push_back(event(id));
        return out;
    }

    std::shared_ptr<const Dataset> m_dataset;
    std::unique_ptr<Timeline> m_timeline;
};

class TimelineOrdering : public TimelineFixture {
protected:
    void SetUp() override { open(QStringLiteral("ordering")); }
};

class TimelineDisputes : public TimelineFixture {
protected:
    void SetUp() override { open(QStringLiteral("disputes")); }
};

class TimelineEmpty : public TimelineFixture {
protected:
    void SetUp() override { open(QStringLiteral("no-events")); }
};

void expectContiguous(const Intervals& intervals)
{
    ASSERT_FALSE(intervals.empty());
    EXPECT_EQ(intervals.front().start, kTimelineStart);
    EXPECT_EQ(intervals.back().end, kOpenEnd);
    for (std::size_t i = 0; i < intervals.size(); ++i) {
        EXPECT_LT(intervals[i].start, intervals[i].end) << "interval " << i;
        if (i > 0) {
            EXPECT_EQ(intervals[i - 1].end, intervals[i].start) << "interval " << i;
        }
    }
}

} // namespace

TEST(TimelineConstants, StartIsFirstOf1900)
{
    EXPECT_EQ(kTimelineStart, QDate(1900, 1, 1).toJulianDay());
}

// --- ordering ------------------------------------------------------------------------------

TEST_F(TimelineOrdering, LoadsAllEvents)
{
    EXPECT_EQ(dataset().events().size(), 16u);
    EXPECT_EQ(dataset().crossings().size(), 3u);
    EXPECT_EQ(dataset().unknownActor(), actor("unknown"));
}

TEST_F(TimelineOrdering, BeforeFirstEventEverythingIsUnknown)
{
    const FeatureState s = at("alpha", u"2011-12-31");
    EXPECT_EQ(s.feature, crossing("alpha"));
    EXPECT_EQ(s.status, CrossingStatus::Unknown);
    EXPECT_EQ(s.statusEvent, -1);
    EXPECT_EQ(s.statusSince, kTimelineStart);
    EXPECT_EQ(s.nextStatusChange, jd(u"2012-07-19"));
    for (Side side : kSides) {
        EXPECT_EQ(s.side(side).controller, -1);
        EXPECT_EQ(s.side(side).event, -1);
        EXPECT_TRUE(s.side(side).with.empty());
        EXPECT_EQ(s.side(side).since, kTimelineStart);
        EXPECT_FALSE(s.side(side).approximate);
        EXPECT_FALSE(s.side(side).disputed);
    }
    EXPECT_EQ(s.side(Side::IQ).nextChange, jd(u"2012-01-01"));
    EXPECT_EQ(s.side(Side::SY).nextChange, jd(u"2013-03-01"));
    // The state on the very first day of the timeline is the same gap.
    const FeatureState first =
        timeline().featureStateAt(crossing("alpha"), Date::fromJulianDay(kTimelineStart));
    EXPECT_EQ(first.side(Side::IQ).controller, -1);
    EXPECT_EQ(first.status, CrossingStatus::Unknown);
}

TEST_F(TimelineOrdering, EventsApplyInDateOrderNotFileOrder)
{
    // a-iq-2015-06-01-isis comes first in the file but after the 2012 baseline in time.
    EXPECT_EQ(at("alpha", u"2015-05-31").side(Side::IQ).controller, actor("iraq"));
    EXPECT_EQ(at("alpha", u"2015-05-31").side(Side::IQ).event, event("a-iq-2012-iraq"));
    const SideState isis = at("alpha", u"2015-06-01").side(Side::IQ);
    EXPECT_EQ(isis.controller, actor("isis"));
    EXPECT_EQ(isis.event, event("a-iq-2015-06-01-isis"));
    EXPECT_EQ(isis.since, jd(u"2015-06-01"));
    EXPECT_EQ(isis.nextChange, jd(u"2017-11-03"));
    EXPECT_EQ(at("alpha", u"2017-11-02").side(Side::IQ).controller, actor("isis"));
    EXPECT_EQ(at("alpha", u"2017-11-03").side(Side::IQ).controller, actor("iraq"));
}

TEST_F(TimelineOrdering, SameDayEventsApplyByOrderThenFileOrder)
{
    // On 2014-06-25 the event with order 2 (isis) applies after order 1 (sdf), though it is first
    // in the file: isis holds from that day, and the sdf state never shows.
    const SideState sy = at("alpha", u"2014-06-25").side(Side::SY);
    EXPECT_EQ(sy.controller, actor("isis"));
    EXPECT_EQ(sy.event, event("a-sy-2014-06-25-second"));
    EXPECT_EQ(sy.since, jd(u"2014-06-25"));
    for (const StateInterval& s : timeline().controlIntervals(crossing("alpha"), Side::SY))
        EXPECT_NE(s.actor, actor("sdf"));

    // Two status events on 2012-07-19 with the same order: the later in the file (closed) holds.
    const FeatureState s = at("alpha", u"2012-07-19");
    EXPECT_EQ(s.status, CrossingStatus::Closed);
    EXPECT_EQ(s.statusEvent, event("a-2012-07-19-closed"));
    EXPECT_EQ(s.statusSince, jd(u"2012-07-19"));
    EXPECT_EQ(s.nextStatusChange, jd(u"2019-09-30"));
}

TEST_F(TimelineOrdering, MonthOrYearPrecisionIsApproximate)
{
    const FeatureState s2013 = at("alpha", u"2013-03-15");
    EXPECT_EQ(s2013.side(Side::IQ).controller, actor("iraq"));
    EXPECT_TRUE(s2013.side(Side::IQ).approximate); // "2012"
    EXPECT_EQ(s2013.side(Side::IQ).since, jd(u"2012-01-01"));
    EXPECT_EQ(s2013.side(Side::SY).controller, actor("syria-gov"));
    EXPECT_TRUE(s2013.side(Side::SY).approximate); // "2013-03"
    EXPECT_EQ(s2013.side(Side::SY).since, jd(u"2013-03-01"));
    EXPECT_FALSE(s2013.statusApproximate); // 2012-07-19
    EXPECT_TRUE(s2013.approximate());

    const FeatureState s2016 = at("alpha", u"2016-01-01");
    EXPECT_FALSE(s2016.side(Side::IQ).approximate);
    EXPECT_FALSE(s2016.side(Side::SY).approximate);
    EXPECT_FALSE(s2016.approximate());
}

TEST_F(TimelineOrdering, CoControllers)
{
    const SideState iq = at("alpha", u"2019-09-30").side(Side::IQ);
    EXPECT_EQ(iq.controller, actor("iraq"));
    ASSERT_EQ(iq.with.size(), 1u);
    EXPECT_EQ(iq.with[0], actor("pmf"));
    EXPECT_EQ(iq.nextChange, kAfterCoverage);
    EXPECT_TRUE(at("alpha", u"2016-01-01").side(Side::IQ).with.empty());
    const Intervals& intervals = timeline().controlIntervals(crossing("alpha"), Side::IQ);
    EXPECT_EQ(intervals.back().with, std::vector<int>{actor("pmf")});
    EXPECT_EQ(intervals.back().confidence, Confidence::High);
}

TEST_F(TimelineOrdering, SpanEndRevertsToUnknownUntilNextEvent)
{
    // b-iq-2013-01-01-iraq ends "2013-06": known through 30 June, unknown from 1 July.
    const SideState last = at("beta", u"2013-06-30").side(Side::IQ);
    EXPECT_EQ(last.controller, actor("iraq"));
    EXPECT_EQ(last.nextChange, jd(u"2013-07-01"));
    const SideState gap = at("beta", u"2013-07-01").side(Side::IQ);
    EXPECT_EQ(gap.controller, -1);
    EXPECT_EQ(gap.event, -1);
    EXPECT_EQ(gap.since, jd(u"2013-07-01"));
    EXPECT_EQ(gap.nextChange, jd(u"2014-01-10"));
    EXPECT_EQ(at("beta", u"2014-01-09").side(Side::IQ).controller, -1);
    EXPECT_EQ(at("beta", u"2014-01-10").side(Side::IQ).controller, actor("isis"));
}

TEST_F(TimelineOrdering, SpanEndingAfterNextEventIsCutByIt)
{
    // b-iq-2014-01-10-isis has end "2020", but b-iq-2017-06-17-iraq takes over on its day.
    const SideState isis = at("beta", u"2017-06-16").side(Side::IQ);
    EXPECT_EQ(isis.controller, actor("isis"));
    EXPECT_EQ(isis.nextChange, jd(u"2017-06-17"));
    EXPECT_EQ(at("beta", u"2017-06-17").side(Side::IQ).controller, actor("iraq"));
    EXPECT_EQ(at("beta", u"2021-01-01").side(Side::IQ).controller, actor("iraq"));
    EXPECT_EQ(at("beta", u"2021-01-01").side(Side::IQ).nextChange, kAfterCoverage);
}

TEST_F(TimelineOrdering, StatusSpanLeavesAGap)
{
    EXPECT_EQ(at("beta", u"2016-03-15").status, CrossingStatus::Unknown);
    const FeatureState closed = at("beta", u"2016-03-20");
    EXPECT_EQ(closed.status, CrossingStatus::Closed);
    EXPECT_EQ(closed.nextStatusChange, jd(u"2016-03-21"));
    const FeatureState gap = at("beta", u"2016-03-21");
    EXPECT_EQ(gap.status, CrossingStatus::Unknown);
    EXPECT_EQ(gap.statusEvent, -1);
    EXPECT_EQ(gap.nextStatusChange, jd(u"2016-04-01"));
    EXPECT_EQ(at("beta", u"2016-04-01").status, CrossingStatus::Restricted);
    EXPECT_EQ(dataset()
                  .events()[static_cast<std::size_t>(at("beta", u"2020-01-01").statusEvent)]
                  .restriction,
              QStringLiteral("aid only"));
}

TEST_F(TimelineOrdering, IntervalsOfBetaIqSide)
{
    const Intervals& iv = timeline().controlIntervals(crossing("beta"), Side::IQ);
    ASSERT_EQ(iv.size(), 5u);
    EXPECT_TRUE(iv[0].isGap());
    EXPECT_EQ(iv[1].event, event("b-iq-2013-01-01-iraq"));
    EXPECT_EQ(iv[1].start, jd(u"2013-01-01"));
    EXPECT_EQ(iv[1].end, jd(u"2013-07-01"));
    EXPECT_TRUE(iv[2].isGap());
    EXPECT_EQ(iv[2].actor, -1);
    EXPECT_EQ(iv[3].event, event("b-iq-2014-01-10-isis"));
    EXPECT_EQ(iv[3].end, jd(u"2017-06-17"));
    EXPECT_EQ(iv[4].event, event("b-iq-2017-06-17-iraq"));
    EXPECT_EQ(iv[4].end, kOpenEnd);
}

TEST_F(TimelineOrdering, IntervalsAreContiguousFromStartToOpenEnd)
{
    for (std::size_t c = 0; c < dataset().crossings().size(); ++c) {
        const int i = static_cast<int>(c);
        SCOPED_TRACE(dataset().crossings()[c].id.toStdString());
        expectContiguous(timeline().statusIntervals(i));
        for (Side side : kSides)
            expectContiguous(timeline().controlIntervals(i, side));
    }
    // gamma has no events: one gap on every track.
    const int gamma = crossing("gamma");
    ASSERT_EQ(timeline().statusIntervals(gamma).size(), 1u);
    EXPECT_TRUE(timeline().statusIntervals(gamma).front().isGap());
    EXPECT_EQ(timeline().controlIntervals(gamma, Side::SY).size(), 1u);
}

TEST_F(TimelineOrdering, StateAtMatchesCrossingStateAt)
{
    const auto all = timeline().stateAt(day(u"2019-09-30"));
    ASSERT_EQ(all.size(), 3u);
    for (std::size_t c = 0; c < all.size(); ++c) {
        const FeatureState one = timeline().featureStateAt(static_cast<int>(c), day(u"2019-09-30"));
        EXPECT_EQ(all[c].feature, static_cast<int>(c));
        EXPECT_EQ(all[c].status, one.status);
        EXPECT_EQ(all[c].statusEvent, one.statusEvent);
        for (Side side : kSides)
            EXPECT_EQ(all[c].side(side).controller, one.side(side).controller);
    }
    EXPECT_EQ(all[static_cast<std::size_t>(crossing("alpha"))].status, CrossingStatus::Open);
    EXPECT_EQ(all[static_cast<std::size_t>(crossing("gamma"))].status, CrossingStatus::Unknown);

    // The reusing overload gives the same answer into an existing vector.
    std::vector<FeatureState> out(7);
    timeline().stateAt(day(u"2019-09-30"), out);
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out[static_cast<std::size_t>(crossing("alpha"))].statusEvent,
              event("a-2019-09-30-open"));
}

TEST_F(TimelineOrdering, StateAtUsesFirstDayOfAnApproximateDate)
{
    // "2019-09" means its first day, 2019-09-01: alpha is still closed.
    EXPECT_EQ(timeline().featureStateAt(crossing("alpha"), day(u"2019-09")).status,
              CrossingStatus::Closed);
    EXPECT_EQ(timeline().featureStateAt(crossing("alpha"), day(u"2019-09-30")).status,
              CrossingStatus::Open);
}

TEST_F(TimelineOrdering, ChangeDaysAreSortedUniqueStartsAndSpanEnds)
{
    // Event starts, plus the day after each span's end (2013-07-01, 2016-03-21, 2021-01-01),
    // where the state falls back to unknown.
    const std::vector<std::int32_t> expected{
        jd(u"2012-01-01"), jd(u"2012-07-19"), jd(u"2013-01-01"), jd(u"2013-03-01"),
        jd(u"2013-07-01"), jd(u"2014-01-10"), jd(u"2014-06-25"), jd(u"2015-06-01"),
        jd(u"2016-03-16"), jd(u"2016-03-21"), jd(u"2016-04-01"), jd(u"2017-06-17"),
        jd(u"2017-11-03"), jd(u"2019-08-25"), jd(u"2019-09-01"), jd(u"2019-09-30"),
        jd(u"2021-01-01")};
    EXPECT_EQ(timeline().changeDays(), expected);
    EXPECT_EQ(timeline().firstEventDate(), day(u"2012-01-01"));
    EXPECT_EQ(timeline().lastEventDate(), day(u"2019-09-30"));
}

TEST_F(TimelineOrdering, PreviousAndNextChange)
{
    EXPECT_FALSE(timeline().previousChange(day(u"2012-01-01")));
    EXPECT_FALSE(timeline().previousChange(day(u"2000-05-05")));
    EXPECT_EQ(timeline().nextChange(day(u"2000-05-05")), day(u"2012-01-01"));
    EXPECT_EQ(timeline().nextChange(day(u"2012-01-01")), day(u"2012-07-19"));
    EXPECT_EQ(timeline().previousChange(day(u"2012-07-19")), day(u"2012-01-01"));
    EXPECT_EQ(timeline().previousChange(day(u"2012-07-20")), day(u"2012-07-19"));
    EXPECT_EQ(timeline().nextChange(day(u"2012-07-18")), day(u"2012-07-19"));
    EXPECT_EQ(timeline().nextChange(day(u"2014-06-25")), day(u"2015-06-01"));
    EXPECT_EQ(timeline().previousChange(day(u"2019-09-30")), day(u"2019-09-01"));
    EXPECT_EQ(timeline().nextChange(day(u"2019-09-30")), day(u"2021-01-01")); // a span ends
    EXPECT_FALSE(timeline().nextChange(day(u"2021-01-01")));
    EXPECT_EQ(timeline().previousChange(day(u"2030-01-01")), day(u"2021-01-01"));
    // Results are day-precision dates.
    EXPECT_EQ(timeline().nextChange(day(u"2012"))->precision(), Date::Precision::Day);
    // The day after a span's end is a change: knowledge stops there.
    EXPECT_EQ(timeline().nextChange(day(u"2013-06-15")), day(u"2013-07-01"));
}

TEST_F(TimelineOrdering, EventsInRangeInDateOrder)
{
    // b-iq-2014-01-10-isis started in 2014 but its declared end ("2020") reaches into the range.
    EXPECT_EQ(timeline().eventsIn(day(u"2019-08-01"), day(u"2019-09-30")),
              events({"b-iq-2014-01-10-isis", "a-2019-08-25-strike", "x-2019-09-01-convoy",
                      "a-2019-09-30-open"}));
    // A range of whole periods: "2012" is all of 2012. Same-day events keep their file order.
    EXPECT_EQ(timeline().eventsIn(day(u"2012"), day(u"2012")),
              events({"a-iq-2012-iraq", "a-2012-07-19-open", "a-2012-07-19-closed"}));
    // An event dated "2012" covers December 2012.
    EXPECT_EQ(timeline().eventsIn(day(u"2012-12-01"), day(u"2012-12-31")),
              events({"a-iq-2012-iraq"}));
    // An event dated "2013-03" covers 15 March.
    EXPECT_EQ(timeline().eventsIn(day(u"2013-03-15"), day(u"2013-03-15"), crossing("alpha")),
              events({"a-sy-2013-03-syria-gov"}));
    EXPECT_TRUE(timeline().eventsIn(day(u"2030-01-01"), day(u"2031-01-01")).empty());
    EXPECT_TRUE(timeline().eventsIn(day(u"2000-01-01"), day(u"2011-12-31")).empty());
}

TEST_F(TimelineOrdering, EventsInFiltersByCrossing)
{
    EXPECT_EQ(timeline().eventsIn(day(u"2019-08-01"), day(u"2019-09-30"), crossing("alpha")),
              events({"a-2019-08-25-strike", "a-2019-09-30-open"}));
    EXPECT_EQ(timeline().eventsIn(day(u"2019-08-01"), day(u"2019-09-30"), crossing("beta")),
              events({"b-iq-2014-01-10-isis"}));
    EXPECT_TRUE(
        timeline().eventsIn(day(u"2021-01-01"), day(u"2021-12-31"), crossing("beta")).empty());
    EXPECT_TRUE(timeline().eventsIn(day(u"2000"), day(u"2030"), crossing("gamma")).empty());
    for (int i : timeline().eventsIn(day(u"2000"), day(u"2030"), crossing("beta")))
        EXPECT_EQ(dataset().events()[static_cast<std::size_t>(i)].feature, crossing("beta"));
    EXPECT_EQ(timeline().eventsIn(day(u"2000"), day(u"2030")).size(), dataset().events().size());
}

TEST_F(TimelineOrdering, EventsInIncludesSpansOverlappingTheRange)
{
    // b-iq-2013-01-01-iraq runs to the end of June 2013.
    EXPECT_EQ(timeline().eventsIn(day(u"2013-03-01"), day(u"2013-03-31"), crossing("beta")),
              events({"b-iq-2013-01-01-iraq"}));
    EXPECT_EQ(timeline().eventsIn(day(u"2013-06-30"), day(u"2013-06-30"), crossing("beta")),
              events({"b-iq-2013-01-01-iraq"}));
    // July–December 2013 is a gap: nothing starts or runs then.
    EXPECT_TRUE(
        timeline().eventsIn(day(u"2013-07-01"), day(u"2013-12-31"), crossing("beta")).empty());
    // b-iq-2014-01-10-isis declares an end of "2020": its period overlaps 2019.
    EXPECT_EQ(timeline().eventsIn(day(u"2019-01-01"), day(u"2019-12-31"), crossing("beta")),
              events({"b-iq-2014-01-10-isis"}));
    // An event without end covers only its own day, not the time until the next event.
    EXPECT_TRUE(
        timeline().eventsIn(day(u"2018-01-01"), day(u"2018-12-31"), crossing("alpha")).empty());
}

TEST_F(TimelineOrdering, EventsOf)
{
    EXPECT_EQ(timeline().eventsOf(crossing("beta")),
              events({"b-iq-2013-01-01-iraq", "b-iq-2014-01-10-isis", "b-2016-03-16-closed",
                      "b-2016-04-01-restricted", "b-iq-2017-06-17-iraq"}));
    EXPECT_EQ(timeline().eventsOf(crossing("alpha")).size(), 10u);
    EXPECT_TRUE(timeline().eventsOf(crossing("gamma")).empty());
    EXPECT_EQ(timeline().eventsOf(-1), events({"x-2019-09-01-convoy"}));
}

// --- disputes ------------------------------------------------------------------------------

TEST_F(TimelineDisputes, ClaimOnActorDisputesTheWholeInterval)
{
    EXPECT_FALSE(at("alpha", u"2014-06-20").side(Side::IQ).disputed);
    for (const char16_t* d : {u"2014-06-21", u"2016-01-01", u"2017-11-02"}) {
        const SideState s = at("alpha", d).side(Side::IQ);
        EXPECT_EQ(s.controller, actor("isis"));
        EXPECT_TRUE(s.disputed) << QString::fromUtf16(d).toStdString();
    }
    EXPECT_TRUE(
        dataset().events()[static_cast<std::size_t>(event("d-iq-2014-06-21-isis"))].isDisputed());
}

TEST_F(TimelineDisputes, ClaimNotAboutTheStateIsNoDispute)
{
    const Event& e = dataset().events()[static_cast<std::size_t>(event("d-iq-2017-11-03-iraq"))];
    ASSERT_EQ(e.claims.size(), 1u);
    EXPECT_FALSE(e.claims.front().affectsState());
    EXPECT_FALSE(e.isDisputed());
    const SideState s = at("alpha", u"2018-01-01").side(Side::IQ);
    EXPECT_EQ(s.controller, actor("iraq"));
    EXPECT_FALSE(s.disputed);
}

TEST_F(TimelineDisputes, ClaimOnDateDisputesOnlyTheStretchBetweenTheDates)
{
    // d-sy-2014-06-25-isis has a date claim "2014": 2014-01-01 … 2014-06-24 is disputed (while
    // syria-gov still holds); before and after, not.
    const SideState before = at("alpha", u"2013-12-31").side(Side::SY);
    EXPECT_EQ(before.controller, actor("syria-gov"));
    EXPECT_FALSE(before.disputed);
    const SideState inside = at("alpha", u"2014-01-01").side(Side::SY);
    EXPECT_EQ(inside.controller, actor("syria-gov"));
    EXPECT_TRUE(inside.disputed);
    EXPECT_EQ(inside.since, before.since); // still the state syria-gov began with, not the split
    EXPECT_EQ(inside.nextChange, jd(u"2014-06-25"));
    EXPECT_TRUE(at("alpha", u"2014-06-24").side(Side::SY).disputed);
    const SideState after = at("alpha", u"2014-06-25").side(Side::SY);
    EXPECT_EQ(after.controller, actor("isis"));
    EXPECT_FALSE(after.disputed);
    EXPECT_FALSE(at("alpha", u"2020-01-01").side(Side::SY).disputed);

    const Intervals& iv = timeline().controlIntervals(crossing("alpha"), Side::SY);
    expectContiguous(iv);
    ASSERT_EQ(iv.size(), 4u); // gap, syria-gov, syria-gov (disputed), isis
    EXPECT_EQ(iv[1].event, iv[2].event);
    EXPECT_FALSE(iv[1].disputed);
    EXPECT_TRUE(iv[2].disputed);
}

TEST_F(TimelineDisputes, LaterClaimedDateDisputesFromTheEventToTheClaim)
{
    // d-2025-06-14-open, date claim "2025-07": from 14 June through July 2025 disputed, August not.
    EXPECT_FALSE(at("alpha", u"2025-06-13").statusDisputed);
    EXPECT_EQ(at("alpha", u"2025-06-13").status, CrossingStatus::Closed);
    const FeatureState june = at("alpha", u"2025-06-14");
    EXPECT_EQ(june.status, CrossingStatus::Open);
    EXPECT_TRUE(june.statusDisputed);
    EXPECT_EQ(june.nextStatusChange, jd(u"2025-08-01"));
    EXPECT_TRUE(at("alpha", u"2025-07-31").statusDisputed);
    const FeatureState august = at("alpha", u"2025-08-01");
    EXPECT_EQ(august.status, CrossingStatus::Open);
    EXPECT_FALSE(august.statusDisputed);
    EXPECT_EQ(august.statusEvent, june.statusEvent);
    EXPECT_EQ(august.nextStatusChange, kAfterCoverage);
}

TEST_F(TimelineDisputes, ClaimOnStatusDisputesTheWholeInterval)
{
    EXPECT_FALSE(at("alpha", u"2017-10-31").statusDisputed);
    const FeatureState s = at("alpha", u"2018-06-01");
    EXPECT_EQ(s.status, CrossingStatus::Restricted);
    EXPECT_TRUE(s.statusDisputed);
    EXPECT_TRUE(s.statusApproximate); // "2017-11"
    EXPECT_TRUE(s.disputed());
    EXPECT_EQ(s.statusSince, jd(u"2017-11-01"));
    EXPECT_TRUE(at("alpha", u"2019-09-29").statusDisputed);
    EXPECT_FALSE(at("alpha", u"2019-09-30").statusDisputed);
    EXPECT_EQ(at("alpha", u"2019-09-30").status, CrossingStatus::Open);
}

TEST_F(TimelineDisputes, ClaimsOnEndAndWithDispute)
{
    const SideState iq = at("beta", u"2013-06-01").side(Side::IQ);
    EXPECT_EQ(iq.controller, actor("iraq"));
    EXPECT_TRUE(iq.disputed);
    // After the end the state is unknown, and the gap itself is not disputed.
    const SideState gap = at("beta", u"2014-01-01").side(Side::IQ);
    EXPECT_EQ(gap.controller, -1);
    EXPECT_FALSE(gap.disputed);

    const SideState sy = at("beta", u"2015-01-01").side(Side::SY);
    EXPECT_EQ(sy.controller, actor("sdf"));
    EXPECT_TRUE(sy.disputed);
}

TEST_F(TimelineDisputes, DateClaimOnAnEventOffTheStateTracksDisputesNothing)
{
    // The statement on beta has a date claim "2013-09", but statements set no state.
    const SideState sy = at("beta", u"2013-09-15").side(Side::SY);
    EXPECT_EQ(sy.controller, -1);
    EXPECT_FALSE(sy.disputed);
    EXPECT_FALSE(at("beta", u"2013-09-15").statusDisputed);
}

TEST_F(TimelineDisputes, ConfidenceIsCarried)
{
    int checked = 0;
    for (const StateInterval& s : timeline().statusIntervals(crossing("alpha"))) {
        if (s.event == event("d-2017-11-restricted")) {
            EXPECT_EQ(s.confidence, Confidence::Low);
            ++checked;
        } else if (s.event == event("d-2012-07-19-closed")) {
            EXPECT_EQ(s.confidence, Confidence::Medium); // the default
            ++checked;
        } else if (s.event == event("d-2019-09-30-open")) {
            EXPECT_EQ(s.confidence, Confidence::High);
            ++checked;
        }
    }
    EXPECT_EQ(checked, 3);
}

// --- no events -----------------------------------------------------------------------------

TEST_F(TimelineEmpty, EverythingUnknown)
{
    EXPECT_TRUE(dataset().events().empty());
    EXPECT_TRUE(timeline().changeDays().empty());
    EXPECT_FALSE(timeline().firstEventDate().isValid());
    EXPECT_FALSE(timeline().lastEventDate().isValid());
    EXPECT_FALSE(timeline().previousChange(day(u"2019-01-01")));
    EXPECT_FALSE(timeline().nextChange(day(u"2019-01-01")));
    EXPECT_TRUE(timeline().eventsIn(day(u"1900"), day(u"2100")).empty());
    for (const FeatureState& s : timeline().stateAt(day(u"2019-01-01"))) {
        EXPECT_EQ(s.status, CrossingStatus::Unknown);
        EXPECT_EQ(s.nextStatusChange, kAfterCoverage);
        for (Side side : kSides) {
            EXPECT_EQ(s.side(side).controller, -1);
            EXPECT_EQ(s.side(side).nextChange, kAfterCoverage);
        }
        ASSERT_EQ(timeline().statusIntervals(s.feature).size(), 1u);
        expectContiguous(timeline().statusIntervals(s.feature));
    }
}

// --- since: the governing event's date in its own precision ------------------------------------

TEST_F(TimelineOrdering, SinceDateKeepsTheEventsPrecision)
{
    const FeatureState s2013 = at("alpha", u"2013-03-15");
    EXPECT_EQ(s2013.side(Side::IQ).sinceDate, day(u"2012")); // a year, not 2012-01-01
    EXPECT_EQ(s2013.side(Side::IQ).sinceDate.toString(), QStringLiteral("2012"));
    EXPECT_EQ(s2013.side(Side::SY).sinceDate.toString(), QStringLiteral("2013-03"));
    EXPECT_EQ(s2013.statusSinceDate.toString(), QStringLiteral("2012-07-19"));
    // A gap after a span's end began on the day after it.
    EXPECT_EQ(at("beta", u"2013-07-01").side(Side::IQ).sinceDate, day(u"2013-07-01"));
}

TEST_F(TimelineOrdering, BeforeTheFirstEventSinceIsTheStartOfTheRecord)
{
    const FeatureState s = at("alpha", u"2011-12-31");
    EXPECT_FALSE(s.statusSinceDate.isValid());
    for (Side side : kSides)
        EXPECT_FALSE(s.side(side).sinceDate.isValid());
}

TEST_F(TimelineOrdering, StatusApproximateIsTheStatussOwn)
{
    // Both sides rest on month or year dates; the status on a day-precise one.
    const FeatureState s = at("alpha", u"2013-03-15");
    EXPECT_FALSE(s.statusApproximate);
    EXPECT_TRUE(s.side(Side::IQ).approximate);
    EXPECT_TRUE(s.side(Side::SY).approximate);
}

// --- coverage: outside the dataset's dates nothing is known ------------------------------------

TEST(TimelineCoverage, TheBundledDatasetDeclaresItsNameAndCoverage)
{
    const Timeline& t = *test::bundledTimeline();
    EXPECT_EQ(t.dataset().name(), QStringLiteral("Iraq–Syria frontier crossings"));
    EXPECT_EQ(t.dataset().coverage(), (DateRange{day(u"2012-01-01"), day(u"2025-12-31")}));
    EXPECT_TRUE(t.inCoverage(day(u"2012-01-01")));
    EXPECT_TRUE(t.inCoverage(day(u"2025-12-31")));
    EXPECT_TRUE(t.inCoverage(day(u"2025")));
    EXPECT_FALSE(t.inCoverage(day(u"2011-12-31")));
    EXPECT_FALSE(t.inCoverage(day(u"2026-01-01")));
}

TEST(TimelineCoverage, OutsideTheCoverageEveryStateIsUnknown)
{
    // The data's notes record an al-Tanf handover in February 2026: the coalition held on
    // 2025-12-31 must not be carried into May 2026.
    const Timeline& t = *test::bundledTimeline();
    const int tanf = t.dataset().featureIndex(QStringLiteral("walid-tanf"));
    const FeatureState inside = t.featureStateAt(tanf, day(u"2025-12-31"));
    EXPECT_NE(inside.status, CrossingStatus::Unknown);
    for (const char16_t* date : {u"2026-05-01", u"2011-06-01"}) {
        for (const FeatureState& s : t.stateAt(day(date))) {
            EXPECT_EQ(s.status, CrossingStatus::Unknown);
            EXPECT_EQ(s.statusEvent, -1);
            EXPECT_FALSE(s.approximate());
            EXPECT_FALSE(s.disputed());
            for (Side side : kSides) {
                EXPECT_EQ(s.side(side).controller, -1);
                EXPECT_TRUE(s.side(side).with.empty());
                EXPECT_EQ(s.side(side).event, -1);
            }
        }
    }
    const FeatureState after = t.featureStateAt(tanf, day(u"2026-05-01"));
    EXPECT_EQ(after.statusSinceDate, day(u"2026-01-01"));
    EXPECT_EQ(after.nextStatusChange, kOpenEnd);
    const FeatureState before = t.featureStateAt(tanf, day(u"2011-06-01"));
    EXPECT_FALSE(before.statusSinceDate.isValid());
    EXPECT_EQ(before.nextStatusChange, jd(u"2012-01-01"));
}

TEST(TimelineCoverage, InsideTheCoverageTheNextChangeIsAtMostItsEnd)
{
    const Timeline& t = *test::bundledTimeline();
    for (const FeatureState& s : t.stateAt(day(u"2025-12-01"))) {
        EXPECT_LE(s.nextStatusChange, jd(u"2026-01-01"));
        for (Side side : kSides)
            EXPECT_LE(s.side(side).nextChange, jd(u"2026-01-01"));
    }
}
