#include "render/decorations/ScaleBar.h"
#include "RenderTest.h"
#include "geo/CoordinateTransform.h"
#include "geo/Viewport.h"

#include <gtest/gtest.h>

using namespace frontier;

namespace {

TEST(ScaleBarTest, OneDegreeOfLongitudeAtTheEquatorIs111319Metres)
{
    const CoordinateTransform wgs84(QStringLiteral("EPSG:4326"));
    // 0.01 degree per pixel: a pixel is a hundredth of the WGS 84 equator's degree (a·π/180).
    EXPECT_NEAR(ScaleBar::metersPerPixel(wgs84, test::viewAround({0, 0}, 0.01)), 1113.1949, 0.001);
}

TEST(ScaleBarTest, OnAUtmCentralMeridianAGridMetreIsOneOverTheScaleFactor)
{
    const CoordinateTransform utm37(QStringLiteral("EPSG:32637"));
    // At the central meridian on the equator the UTM scale factor is k0 = 0.9996.
    EXPECT_NEAR(ScaleBar::metersPerPixel(utm37, test::viewAround({500000, 0}, 1.0)), 1 / 0.9996,
                1e-6);
}

TEST(ScaleBarTest, AViewThatCannotBeProjectedGivesZero)
{
    const CoordinateTransform utm37(QStringLiteral("EPSG:32637"));
    EXPECT_EQ(ScaleBar::metersPerPixel(utm37, test::viewAround({1e9, 1e9}, 1.0)), 0);
}

} // namespace
