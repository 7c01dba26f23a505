#include "render/decorations/NorthArrow.h"
#include "RenderTest.h"
#include "geo/CoordinateTransform.h"
#include "geo/Viewport.h"

#include <GeographicLib/TransverseMercator.hpp>

#include <gtest/gtest.h>

using namespace frontier;

namespace {

TEST(NorthArrowTest, NorthIsUpInAGeographicCrs)
{
    const CoordinateTransform wgs84(QStringLiteral("EPSG:4326"));
    EXPECT_NEAR(NorthArrow::northAngle(wgs84, test::viewAround({41, 34}, 0.01)), 0, 1e-9);
}

TEST(NorthArrowTest, InUtmAwayFromTheCentralMeridianNorthTurnsByTheConvergence)
{
    // UTM zone 37N (central meridian 39° E) at 42.5° E, 34.5° N, east of the meridian.
    const double lon = 42.5, lat = 34.5;
    double x = 0, y = 0, gamma = 0, k = 0;
    GeographicLib::TransverseMercator::UTM().Forward(39, lat, lon, x, y, gamma, k);
    ASSERT_GT(gamma, 1.5); // about (lon − lon0)·sin(lat): far from zero
    const CoordinateTransform utm37(QStringLiteral("EPSG:32637"));
    // gamma is the bearing of grid north from true north; true north is turned the other way.
    EXPECT_NEAR(NorthArrow::northAngle(utm37, test::viewAround({x + 500000, y}, 100)), -gamma,
                0.01);
}

} // namespace
