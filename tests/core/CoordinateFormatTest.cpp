#include "geo/CoordinateFormat.h"
#include "Printers.h"

#include <gtest/gtest.h>

using namespace frontier;

namespace {
const GeoPoint kQaimCrossing{40.97239, 34.40461};
const GeoPoint kBaghdad{44.3661, 33.3152};
} // namespace

TEST(CoordinateFormatTest, Decimal)
{
    EXPECT_EQ(CoordinateFormat::decimal(kQaimCrossing), QStringLiteral("34.40461° N, 40.97239° E"));
    EXPECT_EQ(CoordinateFormat::decimal({-40.5, -12.25}),
              QStringLiteral("12.25000° S, 40.50000° W"));
}

TEST(CoordinateFormatTest, DmsOfKnownPoints)
{
    // echo "34.40461 40.97239" | GeoConvert -d -p 1 → 34d24'16.60"N 040d58'20.60"E
    EXPECT_EQ(CoordinateFormat::dms(kQaimCrossing), QStringLiteral("34°24′16.6″ N, 40°58′20.6″ E"));
    // echo "33.3152 44.3661" | GeoConvert -d -p 1 → 33d18'54.72"N 044d21'57.96"E
    EXPECT_EQ(CoordinateFormat::dms(kBaghdad), QStringLiteral("33°18′54.7″ N, 44°21′58.0″ E"));
}

TEST(CoordinateFormatTest, DmsPadsAndCarries)
{
    EXPECT_EQ(CoordinateFormat::dms({41.0, 35.0}), QStringLiteral("35°00′00.0″ N, 41°00′00.0″ E"));
    // 59.99″ rounds up into the next minute, and 59′60″ into the next degree.
    EXPECT_EQ(CoordinateFormat::dms({41.0 + 59.99 / 3600.0, 35.0 + (59 * 60 + 59.99) / 3600.0}),
              QStringLiteral("36°00′00.0″ N, 41°01′00.0″ E"));
    EXPECT_EQ(CoordinateFormat::dms({-3.5, -0.25}), QStringLiteral("0°15′00.0″ S, 3°30′00.0″ W"));
}

TEST(CoordinateFormatTest, MgrsOfKnownPoints)
{
    // echo "34.40461 40.97239" | GeoConvert -m -p 0 → 37SFU8129008783
    EXPECT_EQ(CoordinateFormat::mgrs(kQaimCrossing), QStringLiteral("37SFU 81290 08783"));
    // echo "33.3152 44.3661" | GeoConvert -m -p 0 → 38SMB4099486410
    EXPECT_EQ(CoordinateFormat::mgrs(kBaghdad), QStringLiteral("38SMB 40994 86410"));
}

TEST(CoordinateFormatTest, MgrsOfInvalidLatitudeIsEmpty)
{
    EXPECT_TRUE(CoordinateFormat::mgrs({40.0, 95.0}).isEmpty());
}
