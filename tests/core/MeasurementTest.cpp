#include "geo/Measurement.h"

#include <GeographicLib/Geodesic.hpp>

#include <gtest/gtest.h>

using namespace frontier;

namespace {

const GeoPoint kBaghdad{44.3661, 33.3152};
const GeoPoint kDamascus{36.2765, 33.5138};
const GeoPoint kQaim{40.97239, 34.40461};

TEST(MeasurementTest, EachSegmentHasItsGeodesicLengthAndAzimuth)
{
    const std::vector<GeoPoint> path{kDamascus, kQaim, kBaghdad};
    const Measurement m = Measurement::of(path, false);
    ASSERT_EQ(m.segments.size(), 2u);
    double total = 0;
    for (std::size_t i = 0; i < 2; ++i) {
        double s12 = 0, azi1 = 0, azi2 = 0;
        GeographicLib::Geodesic::WGS84().Inverse(path[i].lat, path[i].lon, path[i + 1].lat,
                                                 path[i + 1].lon, s12, azi1, azi2);
        EXPECT_NEAR(m.segments[i].meters, s12, 1e-6);
        EXPECT_NEAR(m.segments[i].azimuth, azi1 < 0 ? azi1 + 360 : azi1, 1e-9);
        total += s12;
    }
    EXPECT_NEAR(m.meters, total, 1e-6);
    // Damascus to al-Qaim runs east-north-east; al-Qaim to Baghdad south-east.
    EXPECT_GT(m.segments[0].azimuth, 60);
    EXPECT_LT(m.segments[0].azimuth, 90);
    EXPECT_GT(m.segments[1].azimuth, 90);
    EXPECT_LT(m.segments[1].azimuth, 180);
    EXPECT_FALSE(m.squareMeters);
    EXPECT_NEAR(Measurement::nauticalMiles(1852.0 * 3), 3.0, 1e-12);
}

TEST(MeasurementTest, AClosedShapeHasItsPerimeterAndArea)
{
    // A 1° × 1° cell on the equator: 12,308.78 km² on WGS84 (GeographicLib's Planimeter gives
    // 12308778361.469 m² for it).
    const std::vector<GeoPoint> cell{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
    const Measurement m = Measurement::of(cell, true);
    ASSERT_EQ(m.segments.size(), 4u); // the closing side too
    ASSERT_TRUE(m.squareMeters);
    EXPECT_NEAR(*m.squareMeters, 12308778361.469, 1.0);
    // The same cell travelled the other way has the same area.
    const std::vector<GeoPoint> reversed{{0, 1}, {1, 1}, {1, 0}, {0, 0}};
    EXPECT_NEAR(*Measurement::of(reversed, true).squareMeters, *m.squareMeters, 1e-3);
    double perimeter = 0;
    for (const auto& s : m.segments)
        perimeter += s.meters;
    EXPECT_NEAR(m.meters, perimeter, 1e-6);
    // Two points cannot close a shape.
    EXPECT_FALSE(Measurement::of(std::vector<GeoPoint>{kQaim, kBaghdad}, true).squareMeters);
    EXPECT_TRUE(Measurement::of({}, false).segments.empty());
}

} // namespace
