#include "overlay/ProjectedOverlay.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace frontier {
namespace {

// Points on a 10 × 10 grid of degrees, one feature each, and a line of many close vertices.
Overlay grid()
{
    Overlay o;
    o.partStarts.push_back(0);
    for (int i = 0; i < 100; ++i) {
        o.vertices.push_back({30.0 + i % 10, 30.0 + i / 10});
        o.partStarts.push_back(static_cast<std::uint32_t>(o.vertices.size()));
        o.features.push_back({i, static_cast<std::uint32_t>(i), 1, 0, 0, GeometryType::Point,
                              OverlayDatePrecision::None});
    }
    for (int i = 0; i <= 1000; ++i)
        o.vertices.push_back({30.0 + i * 0.001, 45.0});
    o.partStarts.push_back(static_cast<std::uint32_t>(o.vertices.size()));
    o.features.push_back({100, 100, 1, 0, 0, GeometryType::Line, OverlayDatePrecision::None});
    return o;
}

TEST(ProjectedOverlayTest, AQueryFindsExactlyTheFeaturesMeetingTheRectangleInOrder)
{
    const Overlay o = grid();
    const CoordinateTransform wgs84(QStringLiteral("EPSG:4326"));
    const ProjectedOverlay p(o, wgs84);
    std::vector<std::uint32_t> found;
    p.query({32.5, 31.5, 34.5, 32.5}, found); // columns 3 and 4 of row 2
    std::sort(found.begin(), found.end());    // points come cell by cell
    EXPECT_EQ(found, (std::vector<std::uint32_t>{23, 24}));
    p.query({29.0, 44.9, 30.5, 45.1}, found); // the line's start only
    EXPECT_EQ(found, (std::vector<std::uint32_t>{100}));
    p.query({0, 0, 90, 90}, found);
    EXPECT_EQ(found.size(), 101u);
    p.query({0, 0, 1, 1}, found);
    EXPECT_TRUE(found.empty());
}

TEST(ProjectedOverlayTest, AToleranceThinsPartsButKeepsTheirEnds)
{
    const Overlay o = grid();
    const CoordinateTransform wgs84(QStringLiteral("EPSG:4326"));
    const ProjectedOverlay thin(o, wgs84, 0.1);
    const auto line = thin.part(100);
    EXPECT_LE(line.size(), 12u);
    EXPECT_DOUBLE_EQ(line.front().x, 30.0);
    EXPECT_DOUBLE_EQ(line.back().x, 31.0);
    EXPECT_EQ(thin.part(5).size(), 1u); // a point stays
    EXPECT_EQ(ProjectedOverlay(o, wgs84).part(100).size(), 1001u);
}

TEST(ProjectedOverlayTest, TheToleranceOfAViewIsItsUnitsInDegreesWhereTheyAreSmallest)
{
    const CoordinateTransform wgs84(QStringLiteral("EPSG:4326"));
    EXPECT_NEAR(ProjectedOverlay::tolerance(wgs84, {30, 30, 40, 40}, 0.5), 0.5, 1e-6);
    const CoordinateTransform utm(QStringLiteral("EPSG:32637"));
    // About 111 km a degree of latitude there: 1 km is about 0.009°.
    EXPECT_NEAR(ProjectedOverlay::tolerance(utm, {400000, 3700000, 600000, 3900000}, 1000), 0.009,
                0.0005);
}

// A view of the whole world has points on the antimeridian and at the poles, where a step east
// or north leaves the projection's range: measuring across that jump made the tolerance ~1e-7°,
// and a world export thinned nothing.
TEST(ProjectedOverlayTest, TheToleranceOfAWorldViewIsNotSpoiltByTheAntimeridianOrThePoles)
{
    const CoordinateTransform equalEarth(QStringLiteral("EPSG:8857"));
    const MapRect world{-17244000, -9699750, 17244000, 9699750};
    const double units = 4500; // a quarter of a pixel of the world at 1920 pixels
    const double t = ProjectedOverlay::tolerance(equalEarth, world, units);
    // Equal Earth stretches a degree to at most about 1.6 × 111 km.
    EXPECT_GT(t, units / (1.6 * 111320));
    // And a step of t anywhere moves hardly more than the units (the scale is measured on a
    // grid of the view, not everywhere).
    for (double lat = -88; lat <= 88; lat += 8)
        for (double lon = -178; lon <= 178; lon += 8) {
            const auto a = equalEarth.forward({lon, lat});
            const auto east = equalEarth.forward({lon + t, lat});
            const auto north = equalEarth.forward({lon, lat + t});
            ASSERT_TRUE(a && east && north);
            EXPECT_LE(std::hypot(east->x - a->x, east->y - a->y), units * 1.1) << lon << ' ' << lat;
            EXPECT_LE(std::hypot(north->x - a->x, north->y - a->y), units * 1.1)
                << lon << ' ' << lat;
        }
}

} // namespace
} // namespace frontier
