#include "geo/FrontierLine.h"
#include "geo/Geodesic.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace frontier;

namespace {

// A meridian from 33°N to 37°N: its kilometres are the geodesic distances from its start.
FrontierLine meridian()
{
    return FrontierLine({{41.0, 33.0}, {41.0, 35.0}, {41.0, 37.0}});
}

double kmBetween(GeoPoint a, GeoPoint b)
{
    return Geodesic::distanceMeters(a, b) / 1000.0;
}

TEST(FrontierLineTest, LengthIsTheSumOfGeodesicSegments)
{
    EXPECT_NEAR(meridian().lengthKm(), kmBetween({41.0, 33.0}, {41.0, 37.0}), 1e-6);
    EXPECT_TRUE(FrontierLine({{41.0, 33.0}}).isEmpty());
    EXPECT_EQ(FrontierLine().lengthKm(), 0);
}

TEST(FrontierLineTest, APointOffTheLineIsMeasuredAtItsClosestPoint)
{
    const FrontierLine line = meridian();
    // 0.1° east of the line at 34.4°N: the closest point is (very nearly) on the same parallel.
    EXPECT_NEAR(line.kmAt({41.1, 34.4}), kmBetween({41.0, 33.0}, {41.0, 34.4}), 0.05);
    EXPECT_NEAR(line.kmAt({41.0, 36.0}), kmBetween({41.0, 33.0}, {41.0, 36.0}), 1e-3);
    // Beyond the ends: the ends.
    EXPECT_NEAR(line.kmAt({41.0, 32.0}), 0.0, 1e-9);
    EXPECT_NEAR(line.kmAt({41.0, 38.0}), line.lengthKm(), 1e-6);
}

TEST(FrontierLineTest, PointAtIsTheInverseOfKmAt)
{
    const FrontierLine line = meridian();
    for (double km : {0.0, 10.0, 221.5, 222.0, 300.0, line.lengthKm()}) {
        SCOPED_TRACE(km);
        EXPECT_NEAR(line.kmAt(line.pointAt(km)), km, 1e-3);
    }
    EXPECT_EQ(line.pointAt(-5), line.pointAt(0));
}

TEST(FrontierLineTest, ASliceRunsFromItsStartToItsEndThroughTheVerticesBetween)
{
    const FrontierLine line = meridian();
    const double mid = kmBetween({41.0, 33.0}, {41.0, 35.0});
    const auto piece = line.slice(mid - 50, mid + 50);
    ASSERT_EQ(piece.size(), 3u); // start, the middle vertex, end
    EXPECT_EQ(piece[1], (GeoPoint{41.0, 35.0}));
    EXPECT_NEAR(line.kmAt(piece.front()), mid - 50, 1e-3);
    EXPECT_NEAR(line.kmAt(piece.back()), mid + 50, 1e-3);
    // Slices that meet share their end point: sectors join with no gap.
    EXPECT_EQ(line.slice(0, 100).back(), line.slice(100, 200).front());
}

} // namespace

// A winding line of 300 vertices, measured in runs of segments: every point gets the kilometre
// of the closest point Geodesic::closestOnLine finds on the whole line.
TEST(FrontierLineTest, ALongLineMeasuresAPointAtTheClosestPointOfTheWholeLine)
{
    std::vector<GeoPoint> vertices;
    for (int i = 0; i < 300; ++i)
        vertices.push_back({38.8 + i * 0.01, 33.0 + 0.3 * std::sin(i * 0.07) + i * 0.01});
    const FrontierLine line(vertices);
    for (int i = 0; i < 200; ++i) {
        const GeoPoint p{38.5 + (i % 20) * 0.2, 32.5 + (i / 20) * 0.4};
        SCOPED_TRACE(i);
        const Geodesic::OnLine closest = Geodesic::closestOnLine(p, vertices);
        const double km =
            Geodesic::lengthMeters(std::span(vertices).first(closest.segment + 1)) / 1000.0 +
            kmBetween(vertices[closest.segment], closest.point);
        EXPECT_NEAR(line.kmAt(p), km, 1e-6);
    }
}
