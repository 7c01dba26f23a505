#include "geo/Geodesic.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace frontier;

namespace {

const GeoPoint kBaghdad{44.3661, 33.3152};
const GeoPoint kDamascus{36.2765, 33.5138};
const GeoPoint kQaim{40.97239, 34.40461};
const GeoPoint kRabia{42.07488, 36.80582};

} // namespace

TEST(GeodesicTest, BaghdadDamascusDistance)
{
    // echo "33.3152 44.3661 33.5138 36.2765" | GeodSolve -i -p 9 → 752576.139251350 m
    // (geod +ellps=WGS84 -I gives 752576.139)
    EXPECT_NEAR(Geodesic::distanceMeters(kBaghdad, kDamascus), 752576.139251350, 1e-3);
    EXPECT_NEAR(Geodesic::distanceMeters(kDamascus, kBaghdad), 752576.139251350, 1e-3);
    EXPECT_EQ(Geodesic::distanceMeters(kBaghdad, kBaghdad), 0.0);
}

TEST(GeodesicTest, CrossingToCrossingDistance)
{
    // echo "34.40461 40.97239 36.80582 42.07488" | GeodSolve -i -p 9 → 284525.074244805 m
    EXPECT_NEAR(Geodesic::distanceMeters(kQaim, kRabia), 284525.074244805, 1e-3);
}

TEST(GeodesicTest, LengthSumsSegments)
{
    const std::vector<GeoPoint> line{kQaim, kRabia, kQaim};
    EXPECT_NEAR(Geodesic::lengthMeters(line), 2 * 284525.074244805, 2e-3);
    EXPECT_EQ(Geodesic::lengthMeters(std::vector<GeoPoint>{kQaim}), 0.0);
    EXPECT_EQ(Geodesic::lengthMeters({}), 0.0);
    // 35 N 41 E → 35 N 41.1 E: 9128.816583429 m (GeodSolve)
    const std::vector<GeoPoint> shortLine{{41.0, 35.0}, {41.1, 35.0}};
    EXPECT_NEAR(Geodesic::lengthMeters(shortLine), 9128.816583429, 1e-3);
}

TEST(GeodesicTest, DistanceToLineForPointsOnTheLine)
{
    const std::vector<GeoPoint> line{kQaim, kRabia};
    EXPECT_NEAR(Geodesic::distanceToLineMeters(kQaim, line), 0.0, 1e-6);
    EXPECT_NEAR(Geodesic::distanceToLineMeters(kRabia, line), 0.0, 1e-6);
    // The geodesic midpoint, from GeodSolve's direct problem: start at al-Qaim, azimuth
    // 20.23521148626214, 142262.5371224025 m → 35.60659540522830 N, 41.51539885294651 E.
    EXPECT_LT(Geodesic::distanceToLineMeters({41.51539885294651, 35.60659540522830}, line), 1e-3);
    // A vertex in the middle of a polyline.
    const std::vector<GeoPoint> polyline{{41.0, 33.0}, {41.0, 35.0}, {42.0, 36.0}};
    EXPECT_NEAR(Geodesic::distanceToLineMeters({41.0, 35.0}, polyline), 0.0, 1e-6);
}

TEST(GeodesicTest, DistanceToLineForPointsOffTheLine)
{
    // The segment runs along the 41 E meridian (a geodesic). The closest point to 35 N 41.1 E is
    // found by scanning GeodSolve distances: 9128.81544 m, at 35.00004 N (slightly less than the
    // 9128.81658 m to 35 N 41 E along the parallel).
    const std::vector<GeoPoint> meridian{{41.0, 33.0}, {41.0, 37.0}};
    EXPECT_NEAR(Geodesic::distanceToLineMeters({41.1, 35.0}, meridian), 9128.81544, 0.01);
    // Beyond the end of the segment the nearest point is the end: 38 N → 37 N along 41 E.
    EXPECT_NEAR(Geodesic::distanceToLineMeters({41.0, 38.0}, meridian), 110987.044310629, 1e-3);
    // The same point against a polyline whose second segment is nearer.
    const std::vector<GeoPoint> bent{{40.0, 35.0}, {40.5, 35.0}, {41.0, 33.0}, {41.0, 37.0}};
    EXPECT_NEAR(Geodesic::distanceToLineMeters({41.1, 35.0}, bent), 9128.81544, 0.01);
}

TEST(GeodesicTest, DistanceToDegenerateLines)
{
    EXPECT_EQ(Geodesic::distanceToLineMeters(kQaim, {}), std::numeric_limits<double>::infinity());
    const std::vector<GeoPoint> single{kBaghdad};
    EXPECT_NEAR(Geodesic::distanceToLineMeters(kDamascus, single), 752576.139251350, 1e-3);
    const std::vector<GeoPoint> repeated{kBaghdad, kBaghdad};
    EXPECT_NEAR(Geodesic::distanceToLineMeters(kDamascus, repeated), 752576.139251350, 1e-3);
}

// closestOnLine solves only the segments its triangle-inequality bound keeps: on a winding
// 400-vertex line it must find exactly what solving every segment finds, for points on the
// line, beside it and far from it.
TEST(GeodesicTest, ClosestOnLineIsTheBestOfEverySegment)
{
    std::mt19937 random(7);
    const auto unit = [&random] { return double(random()) / double(std::mt19937::max()); };
    std::vector<GeoPoint> line{{38.8, 33.3}};
    for (int i = 1; i < 400; ++i)
        line.push_back({line.back().lon + 0.02 * (unit() - 0.3), line.back().lat + 0.01});
    std::vector<GeoPoint> points;
    for (int i = 0; i < 60; ++i)
        points.push_back({38.0 + 5 * unit(), 32.5 + 5.5 * unit()});
    for (std::size_t i = 0; i < line.size(); i += 37)
        points.push_back(line[i]);
    for (const GeoPoint& p : points) {
        SCOPED_TRACE(testing::Message() << p.lon << ", " << p.lat);
        double brute = std::numeric_limits<double>::infinity();
        std::size_t segment = 0;
        for (std::size_t i = 0; i + 1 < line.size(); ++i) {
            const double d =
                Geodesic::distanceMeters(p, Geodesic::closestOnSegment(p, line[i], line[i + 1]));
            if (d < brute) {
                brute = d;
                segment = i;
            }
        }
        const Geodesic::OnLine closest = Geodesic::closestOnLine(p, line);
        EXPECT_EQ(closest.segment, segment);
        EXPECT_EQ(closest.meters, brute);
        EXPECT_EQ(Geodesic::distanceMeters(p, closest.point), brute);
    }
}
