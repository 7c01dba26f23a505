// Sectors are frontier features like crossings: the fixture tests/data/timeline/sectors holds the
// control events of the "disputes" fixture twice, on crossings alpha and beta and, mirrored, on
// sectors south and north, so every rule (unknown before the first event, spans, approximate
// dates, disputes) must give a sector side exactly what it gives the crossing side.
#include "Printers.h"
#include "SectorsFixture.h"
#include "TestData.h"
#include "geo/Geodesic.h"
#include "io/DatasetReader.h"
#include "time/Timeline.h"

#include <gtest/gtest.h>

using namespace frontier;

namespace {

using SectorTest = test::SectorsFixture;

TEST_F(SectorTest, SectorsFollowTheCrossingsAndCoverTheLineWithNoGapOrOverlap)
{
    ASSERT_EQ(data().crossings().size(), 3u);
    ASSERT_EQ(data().sectors().size(), 3u);
    EXPECT_EQ(data().firstSector(), 3);
    EXPECT_TRUE(data().feature(feature("south")).isSector());
    double km = 0;
    for (const FrontierFeature& s : data().sectors()) {
        SCOPED_TRACE(s.id.toStdString());
        EXPECT_EQ(s.fromKm, km);
        EXPECT_GT(s.toKm, s.fromKm);
        km = s.toKm;
    }
    EXPECT_DOUBLE_EQ(km, data().frontierLine().lengthKm());
    const FrontierFeature& middle = data().feature(feature("middle"));
    EXPECT_EQ(middle.fromKm, 150);
    EXPECT_EQ(middle.toKm, 300);
    EXPECT_EQ(middle.displayName(), QStringLiteral("Middle stretch"));
    EXPECT_EQ(middle.side(Side::IQ).governorate, QStringLiteral("Anbar"));
    // Its point is the middle of its stretch, on the line.
    EXPECT_NEAR(data().frontierLine().kmAt(middle.point), 225, 1e-3);
}

TEST_F(SectorTest, ACrossingsKilometreIsWhereItMeetsTheLine)
{
    // alpha is at 41.0°E 34.4°N on a line along the 41st meridian from 33°N.
    const FrontierFeature& alpha = data().feature(feature("alpha"));
    EXPECT_NEAR(alpha.fromKm, Geodesic::distanceMeters({41.0, 33.0}, {41.0, 34.4}) / 1000, 1e-3);
    EXPECT_EQ(alpha.toKm, alpha.fromKm);
}

TEST_F(SectorTest, ASectorSideIsStatedByTheSameRulesAsACrossingSide)
{
    const std::pair<int, int> pairs[] = {{feature("alpha"), feature("south")},
                                         {feature("beta"), feature("north")}};
    int compared = 0;
    for (Date d = Date::fromYmd(2011, 6, 1); d < Date::fromYmd(2026, 1, 1); d = d.addDays(7))
        for (const auto& [crossing, sector] : pairs) {
            const FeatureState c = timeline().featureStateAt(crossing, d);
            const FeatureState s = timeline().featureStateAt(sector, d);
            for (Side side : kSides) {
                SCOPED_TRACE(d.toString().toStdString() + " " + sideCode(side).toStdString());
                const SideState& a = c.side(side);
                const SideState& b = s.side(side);
                EXPECT_EQ(a.controller, b.controller);
                EXPECT_EQ(std::vector<int>(a.with.begin(), a.with.end()),
                          std::vector<int>(b.with.begin(), b.with.end()));
                EXPECT_EQ(a.since, b.since);
                EXPECT_EQ(a.sinceDate, b.sinceDate);
                EXPECT_EQ(a.nextChange, b.nextChange);
                EXPECT_EQ(a.approximate, b.approximate);
                EXPECT_EQ(a.disputed, b.disputed);
                EXPECT_EQ(a.disputes.size(), b.disputes.size());
                ++compared;
            }
        }
    EXPECT_GT(compared, 2000);
}

TEST_F(SectorTest, TheRulesShowOnASectorAsOnACrossing)
{
    const int south = feature("south"), north = feature("north");
    // Before the first event: unknown.
    EXPECT_EQ(timeline().featureStateAt(south, Date::fromYmd(2011, 6, 1)).side(Side::IQ).controller,
              -1);
    // A year-only event: approximate.
    EXPECT_TRUE(
        timeline().featureStateAt(south, Date::fromYmd(2013, 1, 1)).side(Side::IQ).approximate);
    // An actor claim: disputed.
    EXPECT_TRUE(
        timeline().featureStateAt(south, Date::fromYmd(2015, 1, 1)).side(Side::IQ).disputed);
    // A span: known through its end, unknown after it (north's IQ side ends 2013-12-31).
    EXPECT_GE(
        timeline().featureStateAt(north, Date::fromYmd(2013, 12, 31)).side(Side::IQ).controller, 0);
    EXPECT_EQ(timeline().featureStateAt(north, Date::fromYmd(2014, 6, 1)).side(Side::IQ).controller,
              -1);
    // A sector has no status.
    EXPECT_EQ(timeline().featureStateAt(south, Date::fromYmd(2020, 1, 1)).status,
              CrossingStatus::Unknown);
    // A sector with no event stays unknown on both sides.
    const FeatureState middle =
        timeline().featureStateAt(feature("middle"), Date::fromYmd(2020, 1, 1));
    EXPECT_EQ(middle.side(Side::IQ).controller, -1);
    EXPECT_EQ(middle.side(Side::SY).controller, -1);
}

TEST_F(SectorTest, StateAtListsEveryFeatureAndEventsAreFoundBySector)
{
    const auto states = timeline().stateAt(Date::fromYmd(2016, 1, 1));
    ASSERT_EQ(states.size(), data().features().size());
    for (std::size_t i = 0; i < states.size(); ++i)
        EXPECT_EQ(states[i].feature, static_cast<int>(i));
    const auto events = timeline().eventsOf(feature("south"));
    ASSERT_EQ(events.size(), 5u);
    for (int e : events)
        EXPECT_TRUE(data().events()[static_cast<std::size_t>(e)].id.startsWith(u"s-d-"));
    EXPECT_TRUE(timeline().eventsOf(feature("middle")).empty());
}

TEST_F(SectorTest, AnAreaHoldsFromTheFirstDayOfItsStartToTheLastDayOfItsEnd)
{
    ASSERT_EQ(data().areas().size(), 2u);
    const DatedArea& zone = data().areas()[0];
    EXPECT_FALSE(zone.isPoint());
    EXPECT_TRUE(zone.approximate()); // "2017-05"
    EXPECT_FALSE(zone.holdsOn(Date::fromYmd(2017, 4, 30)));
    EXPECT_TRUE(zone.holdsOn(Date::fromYmd(2017, 5, 1)));
    EXPECT_TRUE(zone.holdsOn(Date::fromYmd(2019, 12, 31)));
    EXPECT_FALSE(zone.holdsOn(Date::fromYmd(2020, 1, 1)));
    const DatedArea& camp = data().areas()[1];
    EXPECT_TRUE(camp.isPoint());
    EXPECT_EQ(camp.point, (GeoPoint{40.95, 34.1}));
    EXPECT_TRUE(camp.holdsOn(Date::fromYmd(2100, 1, 1))); // open end
}

} // namespace
