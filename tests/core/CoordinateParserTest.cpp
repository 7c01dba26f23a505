#include "geo/CoordinateParser.h"
#include "geo/CoordinateFormat.h"

#include <gtest/gtest.h>

using namespace frontier;

namespace {

const GeoPoint kQaimCrossing{40.97239, 34.40461};

GeoPoint parsed(const QString& text)
{
    const CoordinateParser::Result r = CoordinateParser::parse(text);
    EXPECT_TRUE(r.point) << text.toStdString() << ": " << r.error.toStdString();
    EXPECT_TRUE(r.point ? r.error.isEmpty() : true);
    return r.point.value_or(GeoPoint{999, 999});
}

TEST(CoordinateParserTest, DecimalDegreesInEveryCommonSpelling)
{
    for (const char* text :
         {"34.40461, 40.97239", "34.40461 40.97239", "34.40461N 40.97239E", "N34.40461 E40.97239",
          "40.97239E, 34.40461N", "  34.40461 ; 40.97239  ", "34.40461n 40.97239e"}) {
        const GeoPoint p = parsed(QString::fromUtf8(text));
        EXPECT_DOUBLE_EQ(p.lat, 34.40461) << text;
        EXPECT_DOUBLE_EQ(p.lon, 40.97239) << text;
    }
    const GeoPoint south = parsed(QStringLiteral("-12.25, -40.5"));
    EXPECT_DOUBLE_EQ(south.lat, -12.25);
    EXPECT_DOUBLE_EQ(south.lon, -40.5);
    EXPECT_EQ(parsed(QStringLiteral("12.25S 40.5W")), south);
}

TEST(CoordinateParserTest, DmsAsTypedOnAKeyboardAndAsFormatted)
{
    for (const QString& text : {QStringLiteral("34°24'16.6\"N 40°58'20.6\"E"),
                                QStringLiteral("34°24′16.6″ N, 40°58′20.6″ E"),
                                QStringLiteral("34°24'16.6''N, 40°58'20.6''E"),
                                QStringLiteral("34 24' 16.6\" N 40 58' 20.6\" E")}) {
        const GeoPoint p = parsed(text);
        EXPECT_NEAR(p.lat, 34 + 24 / 60.0 + 16.6 / 3600, 1e-9) << text.toStdString();
        EXPECT_NEAR(p.lon, 40 + 58 / 60.0 + 20.6 / 3600, 1e-9) << text.toStdString();
    }
    const GeoPoint minutes = parsed(QStringLiteral("34°24.5'S 40°58'W"));
    EXPECT_NEAR(minutes.lat, -(34 + 24.5 / 60), 1e-9);
    EXPECT_NEAR(minutes.lon, -(40 + 58 / 60.0), 1e-9);
}

TEST(CoordinateParserTest, MgrsKnownReference)
{
    // echo "37SFU8129008783" | GeoConvert -p 0 (centre of the 1 m square) → 34.40461 40.97239
    for (const char* text : {"37SFU 81290 08783", "37SFU8129008783", "37sfu 81290 08783"}) {
        const GeoPoint p = parsed(QString::fromLatin1(text));
        EXPECT_NEAR(p.lat, kQaimCrossing.lat, 2e-5) << text;
        EXPECT_NEAR(p.lon, kQaimCrossing.lon, 2e-5) << text;
    }
}

TEST(CoordinateParserTest, RoundTripsEveryFormat)
{
    for (const GeoPoint p : {kQaimCrossing, GeoPoint{44.3661, 33.3152}, GeoPoint{-3.5, -0.25},
                             GeoPoint{38.791, 36.8}}) {
        const GeoPoint d = parsed(CoordinateFormat::decimal(p));
        EXPECT_NEAR(d.lat, p.lat, 1e-5);
        EXPECT_NEAR(d.lon, p.lon, 1e-5);
        const GeoPoint dms = parsed(CoordinateFormat::dms(p)); // 0.1″ ≈ 3 m
        EXPECT_NEAR(dms.lat, p.lat, 0.05 / 3600);
        EXPECT_NEAR(dms.lon, p.lon, 0.05 / 3600);
        const GeoPoint mgrs = parsed(CoordinateFormat::mgrs(p)); // 1 m squares
        EXPECT_NEAR(mgrs.lat, p.lat, 2e-5);
        EXPECT_NEAR(mgrs.lon, p.lon, 2e-5);
    }
}

TEST(CoordinateParserTest, BadInputSaysWhy)
{
    const std::vector<std::pair<const char*, const char*>> cases{
        {"", "type a coordinate"},
        {"Baghdad", "is not a coordinate"},
        {"34.4", "is not a coordinate"},
        {"91, 40", "latitude 91"},
        {"34, 181", "longitude 181"},
        {"34N 40N", "both numbers are latitudes"},
        {"-34N 40E", "minus sign and a hemisphere"},
        {"N34N 40E", "is not a coordinate"},
        {"34°61'N 40°E", "below 60"},
        {"34.5°10'N 40E", "degrees with a fraction and minutes"},
        {"37SFU 8129 08783", "MGRS"},
        {"61SFU 12 34", "MGRS"},
        {"1, 2, 3", "is not a coordinate"},
    };
    for (const auto& [text, expected] : cases) {
        const CoordinateParser::Result r = CoordinateParser::parse(QString::fromUtf8(text));
        EXPECT_FALSE(r.point) << text;
        EXPECT_TRUE(r.error.contains(QString::fromUtf8(expected)))
            << text << " → " << r.error.toStdString();
    }
}

} // namespace
