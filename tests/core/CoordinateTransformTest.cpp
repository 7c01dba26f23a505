#include "geo/CoordinateTransform.h"
#include "Printers.h"
#include "geo/Crs.h"

#include <gtest/gtest.h>

#include <cmath>
#include <utility>
#include <vector>

using namespace frontier;

namespace {

// Points along the frontier and around it (lon, lat).
const std::vector<GeoPoint> kPoints{
    {40.97239, 34.40461}, // al-Qaim / Albu Kamal crossing
    {38.91714, 33.43395}, // al-Walid / al-Tanf
    {42.07488, 36.80582}, // Rabia / al-Yarubiyah
    {42.3583, 37.09228},  // Faysh Khabur / Semalka
    {44.3661, 33.3152},   // Baghdad
    {36.2765, 33.5138},   // Damascus
    {34.0, 28.0},         // corners of the data region
    {50.0, 39.0},
};

void expectRoundTrip(const CoordinateTransform& t)
{
    for (const GeoPoint& p : kPoints) {
        const MapPoint m = t.forward(p).value();
        const GeoPoint back = t.inverse(m).value();
        EXPECT_NEAR(back.lon, p.lon, 1e-7)
            << t.name().toStdString() << " " << p.lon << "," << p.lat;
        EXPECT_NEAR(back.lat, p.lat, 1e-7)
            << t.name().toStdString() << " " << p.lon << "," << p.lat;
    }
}

} // namespace

TEST(CoordinateTransformTest, RoundTripDefaultCrs)
{
    const CoordinateTransform t(Crs::defaultDefinition());
    EXPECT_FALSE(t.isGeographic());
    EXPECT_EQ(t.name(), Crs::defaultName());
    expectRoundTrip(t);
}

TEST(CoordinateTransformTest, RoundTripUtm37)
{
    const CoordinateTransform t(QStringLiteral("EPSG:32637"));
    EXPECT_FALSE(t.isGeographic());
    EXPECT_EQ(t.name(), QStringLiteral("WGS 84 / UTM zone 37N"));
    expectRoundTrip(t);
}

TEST(CoordinateTransformTest, RoundTripWebMercator)
{
    const CoordinateTransform t(QStringLiteral("EPSG:3857"));
    EXPECT_FALSE(t.isGeographic());
    expectRoundTrip(t);
}

TEST(CoordinateTransformTest, Wgs84IsIdentityInLonLatOrder)
{
    const CoordinateTransform t(QStringLiteral("EPSG:4326"));
    EXPECT_TRUE(t.isGeographic());
    const MapPoint m = t.forward({44.3661, 33.3152}).value();
    // Normalized for visualization: x is the longitude, not the latitude of EPSG:4326's axis order.
    EXPECT_NEAR(m.x, 44.3661, 1e-12);
    EXPECT_NEAR(m.y, 33.3152, 1e-12);
    expectRoundTrip(t);
}

// Defect (UndefinedBehaviorSanitizer, an export of an empty layer): an empty span's null data
// pointer was dereferenced for PROJ's stride.
TEST(CoordinateTransformTest, AnEmptySpanIsNothingToDo)
{
    const CoordinateTransform t(QStringLiteral("EPSG:32637"));
    std::vector<GeoPoint> in;
    std::vector<MapPoint> out;
    t.forward(in, out);
    EXPECT_TRUE(out.empty());
}

TEST(CoordinateTransformTest, KnownUtm38Coordinate)
{
    // echo "33.3152 44.3661" | cs2cs -f %.6f EPSG:4326 EPSG:32638 → 440994.674228 3686410.212555
    const CoordinateTransform t(QStringLiteral("EPSG:32638"));
    const MapPoint baghdad = t.forward({44.3661, 33.3152}).value();
    EXPECT_NEAR(baghdad.x, 440994.674228, 1e-3);
    EXPECT_NEAR(baghdad.y, 3686410.212555, 1e-3);
}

TEST(CoordinateTransformTest, KnownUtm37AndWebMercatorCoordinates)
{
    // echo "34.40461 40.97239" | cs2cs -f %.6f EPSG:4326 EPSG:32637 → 681290.846902 3808783.381537
    const MapPoint utm =
        CoordinateTransform(QStringLiteral("EPSG:32637")).forward({40.97239, 34.40461}).value();
    EXPECT_NEAR(utm.x, 681290.846902, 1e-3);
    EXPECT_NEAR(utm.y, 3808783.381537, 1e-3);
    // echo "34.40461 40.97239" | cs2cs -f %.6f EPSG:4326 EPSG:3857 → 4561025.591383 4083261.521531
    const MapPoint merc =
        CoordinateTransform(QStringLiteral("EPSG:3857")).forward({40.97239, 34.40461}).value();
    EXPECT_NEAR(merc.x, 4561025.591383, 1e-3);
    EXPECT_NEAR(merc.y, 4083261.521531, 1e-3);
}

TEST(CoordinateTransformTest, DefaultCrsIsCentredOnTheFrontier)
{
    // The LCC's origin is 40.5 E, 35 N.
    const CoordinateTransform t(Crs::defaultDefinition());
    const MapPoint origin = t.forward({40.5, 35.0}).value();
    EXPECT_NEAR(origin.x, 0.0, 1e-6);
    EXPECT_NEAR(origin.y, 0.0, 1e-6);
    const MapPoint east = t.forward({41.5, 35.0}).value();
    EXPECT_GT(east.x, 80000.0);
    EXPECT_LT(east.x, 95000.0);
    EXPECT_GT(t.forward({40.5, 36.0}).value().y, 0.0);
}

TEST(CoordinateTransformTest, UnknownCodeThrows)
{
    EXPECT_THROW(CoordinateTransform(QStringLiteral("EPSG:999999")), ProjError);
}

TEST(CoordinateTransformTest, GarbageThrows)
{
    EXPECT_THROW(CoordinateTransform(QStringLiteral("not a crs at all")), ProjError);
    EXPECT_THROW(CoordinateTransform{QString()}, ProjError);
    EXPECT_THROW(CoordinateTransform(QStringLiteral("+proj=nonsense")), ProjError);
}

TEST(CoordinateTransformTest, OperationThatIsNotACrsThrows)
{
    // PROJ parses these, but as coordinate operations, not CRSs.
    EXPECT_THROW(CoordinateTransform{QStringLiteral("+proj=merc +datum=WGS84")}, ProjError);
    EXPECT_THROW(CoordinateTransform{QStringLiteral("+proj=utm +zone=38")}, ProjError);
}

TEST(CoordinateTransformTest, ErrorMessageNamesTheCrs)
{
    try {
        CoordinateTransform t(QStringLiteral("EPSG:999999"));
        FAIL() << "no exception";
    } catch (const ProjError& e) {
        EXPECT_NE(std::string(e.what()).find("EPSG:999999"), std::string::npos) << e.what();
    }
}

TEST(CoordinateTransformTest, MoveConstructLeavesUsableObject)
{
    CoordinateTransform a(QStringLiteral("EPSG:32638"));
    const MapPoint expected = a.forward({44.3661, 33.3152}).value();
    CoordinateTransform b(std::move(a));
    EXPECT_EQ(b.forward({44.3661, 33.3152}).value(), expected);
    EXPECT_EQ(b.name(), QStringLiteral("WGS 84 / UTM zone 38N"));
    expectRoundTrip(b);
}

TEST(CoordinateTransformTest, MoveAssignLeavesUsableObject)
{
    CoordinateTransform a(QStringLiteral("EPSG:32638"));
    CoordinateTransform b(QStringLiteral("EPSG:4326"));
    const MapPoint expected = a.forward({44.3661, 33.3152}).value();
    b = std::move(a);
    EXPECT_FALSE(b.isGeographic());
    EXPECT_EQ(b.forward({44.3661, 33.3152}).value(), expected);
    expectRoundTrip(b);
    // The moved-from object can be assigned again and used.
    a = CoordinateTransform(QStringLiteral("EPSG:4326"));
    EXPECT_TRUE(a.isGeographic());
    EXPECT_NEAR(a.forward({40.0, 35.0}).value().x, 40.0, 1e-12);
}

TEST(CoordinateTransformTest, BatchForwardMatchesSingle)
{
    const CoordinateTransform t(Crs::defaultDefinition());
    std::vector<MapPoint> out(kPoints.size());
    t.forward(kPoints, out);
    for (std::size_t i = 0; i < kPoints.size(); ++i) {
        const MapPoint single = t.forward(kPoints[i]).value();
        EXPECT_NEAR(out[i].x, single.x, 1e-6);
        EXPECT_NEAR(out[i].y, single.y, 1e-6);
    }
}

TEST(CoordinateTransformTest, BatchForwardMarksUntransformablePointsInfinite)
{
    // A latitude beyond the pole cannot be transformed (PROJ clamps 90° itself to a finite value).
    const CoordinateTransform t(QStringLiteral("EPSG:3857"));
    const std::vector<GeoPoint> in{{40.0, 35.0}, {40.0, 91.0}};
    std::vector<MapPoint> out(in.size());
    t.forward(in, out);
    EXPECT_TRUE(std::isfinite(out[0].x));
    EXPECT_FALSE(std::isfinite(out[1].x) && std::isfinite(out[1].y));
    EXPECT_EQ(t.forward(GeoPoint{40.0, 91.0}), std::nullopt);
    EXPECT_EQ(t.inverse(MapPoint{HUGE_VAL, 0.0}), std::nullopt);
}

TEST(CoordinateTransformTest, PointBeyondThePoleCannotBeProjected)
{
    for (const QString& crs :
         {Crs::defaultDefinition(), QStringLiteral("EPSG:32637"), QStringLiteral("EPSG:3857")})
        EXPECT_EQ(CoordinateTransform(crs).forward(GeoPoint{40.0, 95.0}), std::nullopt)
            << crs.toStdString();
}

TEST(CoordinateTransformTest, AntipodeInOrthographicCannotBeProjected)
{
    // An orthographic view centred on the frontier sees one hemisphere: the antipode is hidden.
    const CoordinateTransform t(
        QStringLiteral("+proj=ortho +lat_0=35 +lon_0=40.5 +datum=WGS84 +type=crs"));
    EXPECT_TRUE(t.forward(GeoPoint{40.5, 35.0}).has_value());
    EXPECT_EQ(t.forward(GeoPoint{-139.5, -35.0}), std::nullopt);
    // A map point off the disc has no geographic position.
    EXPECT_EQ(t.inverse(MapPoint{1e8, 0.0}), std::nullopt);
    // The batch version applies the same rule.
    const std::vector<GeoPoint> in{{40.5, 35.0}, {-139.5, -35.0}};
    std::vector<MapPoint> out(in.size());
    t.forward(in, out);
    EXPECT_TRUE(std::isfinite(out[0].x));
    EXPECT_FALSE(std::isfinite(out[1].x));
}

TEST(CoordinateTransformTest, ForwardBoxContainsCorners)
{
    for (const QString& crs : {Crs::defaultDefinition(), QStringLiteral("EPSG:32637"),
                               QStringLiteral("EPSG:3857"), QStringLiteral("EPSG:4326")}) {
        const CoordinateTransform t(crs);
        const MapRect box = t.forwardBox(38.0, 33.0, 43.0, 37.5);
        EXPECT_TRUE(box.isValid());
        for (const GeoPoint& corner :
             {GeoPoint{38.0, 33.0}, GeoPoint{43.0, 33.0}, GeoPoint{38.0, 37.5},
              GeoPoint{43.0, 37.5}, GeoPoint{40.5, 33.0}, GeoPoint{40.5, 37.5}}) {
            const MapPoint p = t.forward(corner).value();
            EXPECT_GE(p.x, box.xmin - 1e-6) << crs.toStdString();
            EXPECT_LE(p.x, box.xmax + 1e-6) << crs.toStdString();
            EXPECT_GE(p.y, box.ymin - 1e-6) << crs.toStdString();
            EXPECT_LE(p.y, box.ymax + 1e-6) << crs.toStdString();
        }
    }
}

TEST(CoordinateTransformTest, ForwardBoxOfGeographicIsTheBox)
{
    const MapRect box =
        CoordinateTransform(QStringLiteral("EPSG:4326")).forwardBox(38.0, 33.0, 43.0, 37.5);
    EXPECT_NEAR(box.xmin, 38.0, 1e-9);
    EXPECT_NEAR(box.ymin, 33.0, 1e-9);
    EXPECT_NEAR(box.xmax, 43.0, 1e-9);
    EXPECT_NEAR(box.ymax, 37.5, 1e-9);
}

TEST(CoordinateTransformTest, EsriWktIsAvailable)
{
    const CoordinateTransform t(QStringLiteral("EPSG:32638"));
    EXPECT_TRUE(t.esriWkt().startsWith(QLatin1String("PROJCS[")));
    EXPECT_TRUE(t.esriWkt().contains(QLatin1String("UTM_Zone_38N")));
}
