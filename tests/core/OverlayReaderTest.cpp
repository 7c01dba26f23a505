#include "io/OverlayReader.h"
#include "AcledGenerator.h"
#include "WriteFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gdal.h>
#include <gdal_priv.h>
#include <gdal_utils.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <algorithm>

namespace frontier {
namespace {

constexpr char kPoints[] = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"al-Qaim","date":"2019-09-30"},
 "geometry":{"type":"Point","coordinates":[40.99,34.40]}},
{"type":"Feature","properties":{"name":"Rabia","date":"2014-06"},
 "geometry":{"type":"Point","coordinates":[42.09,36.81]}}]})";

class OverlayReaderTest : public ::testing::Test {
protected:
    void SetUp() override { GDALAllRegister(); } // for the conversions; the reader does its own
    QString write(const QString& name, const QByteArray& text)
    {
        return test::writeFile(m_dir.filePath(name), text);
    }
    // Converts the points to another format with GDAL's ogr2ogr.
    QString convert(const QString& name, const char* driver)
    {
        const QString source = write(QStringLiteral("source.geojson"), kPoints);
        const QString path = m_dir.filePath(name);
        GDALDatasetH in =
            GDALOpenEx(source.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        const char* args[] = {"-f", driver, nullptr};
        GDALVectorTranslateOptions* options =
            GDALVectorTranslateOptionsNew(const_cast<char**>(args), nullptr);
        int error = 0;
        GDALDatasetH out =
            GDALVectorTranslate(path.toUtf8().constData(), nullptr, 1, &in, options, &error);
        GDALVectorTranslateOptionsFree(options);
        EXPECT_TRUE(out) << driver;
        GDALClose(out);
        GDALClose(in);
        return path;
    }
    std::shared_ptr<const Overlay> read(const QString& spec, OverlayReader::Options o = {})
    {
        m_problems.clear();
        return OverlayReader::read(spec, m_problems, o);
    }
    QString problems() const
    {
        QStringList lines;
        for (const LoadProblem& p : m_problems)
            lines << p.toString();
        return lines.join(u'\n');
    }

    QTemporaryDir m_dir;
    LoadProblems m_problems;
};

TEST_F(OverlayReaderTest, EveryVectorFormatOpensWithItsPointsAndAttributes)
{
    for (const auto& [name, driver] : {std::pair{"p.gpkg", "GPKG"},
                                       {"p.shp", "ESRI Shapefile"},
                                       {"p.geojsonl", "GeoJSONSeq"},
                                       {"p.kml", "KML"},
                                       {"p.fgb", "FlatGeobuf"},
                                       {"p.geojson", "GeoJSON"}}) {
        const auto overlay = read(convert(QString::fromLatin1(name), driver));
        ASSERT_TRUE(overlay) << name << ": " << problems().toStdString();
        ASSERT_EQ(overlay->features.size(), 2u) << name;
        // KML keeps the name in its own <name> element, which one of GDAL's drivers calls Name;
        // FlatGeobuf's spatial index may reorder the features.
        const int names = std::max(overlay->column(QStringLiteral("name")),
                                   overlay->column(QStringLiteral("Name")));
        const std::size_t rabia = overlay->value(0, names) == QLatin1String("Rabia") ? 0 : 1;
        EXPECT_EQ(overlay->value(rabia, names), QStringLiteral("Rabia")) << name;
        EXPECT_NEAR(overlay->part(rabia)[0].lon, 42.09, 1e-6) << name;
        EXPECT_NEAR(overlay->part(rabia)[0].lat, 36.81, 1e-6) << name;
        EXPECT_NEAR(overlay->part(1 - rabia)[0].lon, 40.99, 1e-6) << name;
    }
}

// Nothing is guessed: a file of several layers needs one named (the window asks which), and a
// layer named is called by its file and its name.
TEST_F(OverlayReaderTest, AFileOfSeveralLayersNeedsOneNamed)
{
    const QString gpkg = convert(QStringLiteral("places.gpkg"), "GPKG");
    {
        GDALDatasetUniquePtr ds(
            GDALDataset::Open(gpkg.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(ds);
        OGRSpatialReference wgs84;
        wgs84.SetFromUserInput("EPSG:4326");
        ASSERT_TRUE(ds->CreateLayer("roads", &wgs84, wkbLineString, nullptr));
        ASSERT_TRUE(ds->CreateLayer("notes", nullptr, wkbNone, nullptr)); // attributes alone
    }
    EXPECT_FALSE(read(gpkg));
    EXPECT_EQ(problems().toStdString(),
              "places.gpkg: holds 2 layers (source, roads): name one, as places.gpkg:source");
    const auto points = read(gpkg + QStringLiteral(":source"));
    ASSERT_TRUE(points) << problems().toStdString();
    EXPECT_EQ(points->features.size(), 2u);
    EXPECT_EQ(points->name, QStringLiteral("places:source"));
    const auto roads = read(gpkg + QStringLiteral(":roads"));
    ASSERT_TRUE(roads) << problems().toStdString();
    EXPECT_EQ(roads->name, QStringLiteral("places:roads"));
    // One layer of the file's own name is called by the file alone.
    const QString csv = write(QStringLiteral("q.csv"), "lon,lat\n41,34\n");
    const auto named = read(csv + QStringLiteral(":q"));
    ASSERT_TRUE(named) << problems().toStdString();
    EXPECT_EQ(named->name, QStringLiteral("q"));
}

TEST_F(OverlayReaderTest, CsvCoordinatesAreFoundWithoutAsking)
{
    for (const QByteArray& header :
         {QByteArray("longitude,latitude"), QByteArray("lon,lat"), QByteArray("lng,lat"),
          QByteArray("X,Y"), QByteArray("Longitude,Latitude")}) {
        const auto overlay =
            read(write(QStringLiteral("c.csv"), "name," + header + "\nal-Qaim,40.99,34.40\n"));
        ASSERT_TRUE(overlay) << header.constData() << problems().toStdString();
        ASSERT_EQ(overlay->features.size(), 1u);
        EXPECT_NEAR(overlay->part(0)[0].lon, 40.99, 1e-9) << header.constData();
        EXPECT_NEAR(overlay->part(0)[0].lat, 34.40, 1e-9);
        EXPECT_TRUE(overlay->assumedWgs84);
    }
    const auto wkt =
        read(write(QStringLiteral("w.csv"), "name,WKT\nline,\"LINESTRING (40 34, 41 35)\"\n"));
    ASSERT_TRUE(wkt) << problems().toStdString();
    ASSERT_EQ(wkt->features.size(), 1u);
    EXPECT_EQ(wkt->features[0].type, GeometryType::Line);
    EXPECT_EQ(wkt->part(0).size(), 2u);
}

TEST_F(OverlayReaderTest, ACsvWithoutCoordinatesSaysWhatItLooksFor)
{
    EXPECT_FALSE(read(write(QStringLiteral("n.csv"), "name,size\na,1\n")));
    EXPECT_TRUE(problems().contains(QStringLiteral("longitude/latitude")))
        << problems().toStdString();
}

TEST_F(OverlayReaderTest, WithoutACrsOnlyLonLatCoordinatesAreRead)
{
    EXPECT_FALSE(read(write(QStringLiteral("utm.csv"), "x,y\n500000,3800000\n")));
    EXPECT_TRUE(problems().contains(QStringLiteral("has no CRS"))) << problems().toStdString();
    EXPECT_TRUE(problems().contains(QStringLiteral("utm.csv")));
}

TEST_F(OverlayReaderTest, AProjectedFileIsReadInWgs84)
{
    const auto overlay = read(write(
        QStringLiteral("utm.geojson"),
        R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:32637"}},
        "features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[500000,3800000]}}]})"));
    ASSERT_TRUE(overlay) << problems().toStdString();
    EXPECT_FALSE(overlay->assumedWgs84);
    EXPECT_NEAR(overlay->part(0)[0].lon, 39.0, 1e-6); // UTM 37N's central meridian
    EXPECT_NEAR(overlay->part(0)[0].lat, 34.34, 0.01);
}

TEST_F(OverlayReaderTest, ALayerIsChosenByName)
{
    const QString gpkg = convert(QStringLiteral("two.gpkg"), "GPKG");
    const auto overlay = read(gpkg + QStringLiteral(":source"));
    ASSERT_TRUE(overlay) << problems().toStdString();
    EXPECT_EQ(overlay->layerName, QStringLiteral("source"));
    EXPECT_FALSE(read(gpkg + QStringLiteral(":nothing")));
    EXPECT_TRUE(problems().contains(QStringLiteral("no layer \"nothing\" (it has: source)")))
        << problems().toStdString();
}

TEST_F(OverlayReaderTest, AShapefileWithoutItsDbfOrShxIsRefusedByName)
{
    for (const char* missing : {"dbf", "shx"}) {
        const QString shp =
            convert(QStringLiteral("s%1.shp").arg(QLatin1String(missing)), "ESRI Shapefile");
        QFile::remove(shp.chopped(3) + QLatin1String(missing));
        EXPECT_FALSE(read(shp));
        EXPECT_TRUE(problems().contains(QStringLiteral(".%1 file").arg(QLatin1String(missing))))
            << problems().toStdString();
    }
}

TEST_F(OverlayReaderTest, BadDatesAreReportedRowByRowAndTheRestLoads)
{
    const auto overlay = read(write(QStringLiteral("d.csv"), "lon,lat,date\n40,34,2019-09-30\n"
                                                             "40,34,2019-02-30\n41,35,soon\n"
                                                             "41,35,2016-06\n"));
    ASSERT_TRUE(overlay) << problems().toStdString();
    EXPECT_EQ(overlay->features.size(), 2u);
    ASSERT_EQ(m_problems.size(), 2u) << problems().toStdString();
    EXPECT_EQ(m_problems[0].file, QStringLiteral("d.csv"));
    EXPECT_EQ(m_problems[0].field, QStringLiteral("date"));
    EXPECT_TRUE(m_problems[0].reason.contains(QStringLiteral("2019-02-30")));
    EXPECT_TRUE(m_problems[1].reason.contains(QStringLiteral("soon")));
    EXPECT_EQ(overlay->dateField, QStringLiteral("date"));
    EXPECT_EQ(overlay->dateText(0), QStringLiteral("2016-06")); // in date order
    EXPECT_EQ(overlay->features[0].fid, 4);
}

TEST_F(OverlayReaderTest, MixedGeometriesLoadAndUndrawableOnesAreReported)
{
    const auto overlay =
        read(write(QStringLiteral("mixed.geojson"), R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[40,34]}},
{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[40,34],[41,35]]}},
{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[40,34],[41,34],[41,35],[40,34]]]}},
{"type":"Feature","properties":{},"geometry":{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[40,34]}]}}]})"));
    ASSERT_TRUE(overlay) << problems().toStdString();
    ASSERT_EQ(overlay->features.size(), 3u);
    EXPECT_EQ(overlay->features[0].type, GeometryType::Point);
    EXPECT_EQ(overlay->features[1].type, GeometryType::Line);
    EXPECT_EQ(overlay->features[2].type, GeometryType::Polygon);
    ASSERT_EQ(m_problems.size(), 1u);
    EXPECT_TRUE(m_problems[0].reason.contains(QStringLiteral("GEOMETRYCOLLECTION")))
        << problems().toStdString();
}

TEST_F(OverlayReaderTest, VirtualFileSystemsAndUrlsAreRefusedAsTheDatasetReaderRefusesThem)
{
    for (const QString& spec : {QStringLiteral("/vsicurl/http://example.org/a.geojson"),
                                QStringLiteral("https://example.org/a.geojson"),
                                QStringLiteral("/vsizip/archive.zip/a.shp")}) {
        EXPECT_FALSE(read(spec)) << spec.toStdString();
        EXPECT_TRUE(problems().contains(QStringLiteral("only local files")))
            << problems().toStdString();
    }
}

TEST_F(OverlayReaderTest, AcledOpensWithItsPrecisionAndFreeTextIsReadBackOnIdentify)
{
    const QString csv = m_dir.filePath(QStringLiteral("acled.csv"));
    ASSERT_TRUE(test::writeAcledCsv(csv, 400));
    const auto overlay = read(csv);
    ASSERT_TRUE(overlay) << problems().toStdString();
    EXPECT_TRUE(m_problems.empty()) << problems().toStdString();
    EXPECT_TRUE(overlay->acled);
    EXPECT_EQ(overlay->dateField, QStringLiteral("event_date"));
    ASSERT_EQ(overlay->features.size(), 400u);
    const int precision = overlay->column(QStringLiteral("time_precision"));
    bool sawWeek = false, sawMonth = false;
    for (std::size_t i = 0; i < overlay->features.size(); ++i) {
        const OverlayFeature& f = overlay->features[i];
        const QString p = overlay->value(i, precision);
        if (p == QLatin1String("2")) {
            EXPECT_EQ(f.precision, OverlayDatePrecision::Week);
            EXPECT_EQ(f.lastDay - f.firstDay, 6);
            sawWeek = true;
        } else if (p == QLatin1String("3")) {
            EXPECT_EQ(f.precision, OverlayDatePrecision::Month);
            EXPECT_GE(f.lastDay - f.firstDay, 27);
            sawMonth = true;
        } else {
            EXPECT_EQ(f.firstDay, f.lastDay);
        }
    }
    EXPECT_TRUE(sawWeek && sawMonth);
    const auto eighth = std::find_if(overlay->features.begin(), overlay->features.end(),
                                     [](const OverlayFeature& f) { return f.fid == 8; });
    ASSERT_NE(eighth, overlay->features.end());
    const auto attributes = OverlayReader::attributes(
        *overlay, static_cast<std::size_t>(eighth - overlay->features.begin()));
    ASSERT_EQ(attributes.size(), 31u);
    EXPECT_EQ(attributes[27].first, QStringLiteral("notes"));
    EXPECT_TRUE(attributes[27].second.startsWith(QStringLiteral("Event 7,")));
}

TEST_F(OverlayReaderTest, AcledTextColumnsOfFewValuesAreKeptToCategoriseBy)
{
    const QString csv = m_dir.filePath(QStringLiteral("acled.csv"));
    ASSERT_TRUE(test::writeAcledCsv(csv, 400));
    const auto overlay = read(csv);
    ASSERT_TRUE(overlay) << problems().toStdString();
    const auto column = [&](const char* name) -> const Overlay::Column& {
        return overlay->columns[static_cast<std::size_t>(overlay->column(QLatin1String(name)))];
    };
    // One source and two actors in the file: categories.
    EXPECT_TRUE(column("source").kept);
    EXPECT_EQ(column("source").values, QStringList{QStringLiteral("Local media")});
    EXPECT_TRUE(column("actor1").kept);
    EXPECT_EQ(column("actor1").values.size(), 2);
    // 400 ids, and notes: read back from the row.
    EXPECT_FALSE(column("event_id_cnty").kept);
    EXPECT_FALSE(column("notes").kept);
    const auto attributes = OverlayReader::attributes(*overlay, 0);
    EXPECT_TRUE(attributes[0].second.startsWith(QStringLiteral("IRQ")) ||
                attributes[0].second.startsWith(QStringLiteral("SYR")));
    EXPECT_EQ(attributes[25].second, QStringLiteral("Local media"));
}

TEST_F(OverlayReaderTest, ACsvOfPointsReadDirectlyGivesWhatGdalGives)
{
    // Quoted separators, doubled quotes, a line break in a quote, CRLF, a BOM, a blank line.
    const QString csv = write(QStringLiteral("q.csv"), "\xEF\xBB\xBFname,Longitude,lat,date\r\n"
                                                       "\"a, \"\"b\"\"\",40.5,34.25,2019-09-30\r\n"
                                                       "\"two\nlines\",41,35,2016-06\r\n"
                                                       "\r\n"
                                                       "plain,42,36,2015\r\n");
    const auto direct = read(csv);
    const auto gdal = OverlayReader::readWithGdal(csv, {}, m_problems, {});
    ASSERT_TRUE(direct && gdal) << problems().toStdString();
    gdal->sortByDate();
    EXPECT_FALSE(direct->rowOffsets.empty());
    EXPECT_TRUE(gdal->rowOffsets.empty());
    ASSERT_EQ(direct->features.size(), 3u);
    ASSERT_EQ(gdal->features.size(), 3u);
    EXPECT_EQ(direct->name, gdal->name);
    EXPECT_EQ(direct->dateField, gdal->dateField);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(direct->features[i].firstDay, gdal->features[i].firstDay) << i;
        EXPECT_EQ(direct->features[i].lastDay, gdal->features[i].lastDay) << i;
        EXPECT_EQ(direct->vertices[i].lon, gdal->vertices[i].lon) << i;
        EXPECT_EQ(direct->vertices[i].lat, gdal->vertices[i].lat) << i;
        EXPECT_EQ(direct->value(i, 0), gdal->value(i, 0)) << i;
        EXPECT_EQ(OverlayReader::attributes(*direct, i)[0], OverlayReader::attributes(*gdal, i)[0]);
    }
    EXPECT_EQ(direct->value(1, 0), QStringLiteral("two\nlines"));
    EXPECT_EQ(direct->value(2, 0), QStringLiteral("a, \"b\""));
}

// A session saves a layer by its file and its layer's name, which for a CSV is the file's own:
// reopened so, an ACLED export of a million rows is still read directly, not by GDAL's driver.
TEST_F(OverlayReaderTest, ACsvNamedByItsOwnNameIsStillReadDirectly)
{
    const QString csv = write(QStringLiteral("acled.csv"), "longitude,latitude\n41,34\n");
    const auto named = read(csv + QStringLiteral(":acled"));
    ASSERT_TRUE(named) << problems().toStdString();
    EXPECT_FALSE(named->rowOffsets.empty());
    EXPECT_FALSE(read(csv + QStringLiteral(":other")));
    EXPECT_TRUE(problems().contains(QStringLiteral("no layer \"other\"")))
        << problems().toStdString();
}

TEST_F(OverlayReaderTest, ACsvReadDirectlyReportsBadRowsByTheirNumber)
{
    const auto overlay = read(write(QStringLiteral("bad.csv"), "lon,lat,date\n40,34,2019-09-30\n"
                                                               ",34,2019-09-30\n40,north,2019\n"
                                                               "40,34,someday\n"));
    ASSERT_TRUE(overlay) << problems().toStdString();
    EXPECT_EQ(overlay->features.size(), 1u);
    ASSERT_EQ(m_problems.size(), 3u) << problems().toStdString();
    EXPECT_EQ(m_problems[0].feature, QStringLiteral("#2"));
    EXPECT_EQ(m_problems[0].field, QStringLiteral("geometry"));
    EXPECT_EQ(m_problems[1].feature, QStringLiteral("#3"));
    EXPECT_EQ(m_problems[2].field, QStringLiteral("date"));
    EXPECT_TRUE(m_problems[2].reason.contains(QStringLiteral("someday")));
}

TEST_F(OverlayReaderTest, AnAcledRowOfLongNotesIsReadWholeOnIdentify)
{
    const QByteArray notes(200000, 'n'); // longer than a block read to identify
    const QString csv =
        write(QStringLiteral("long.csv"),
              "event_id_cnty,event_date,time_precision,event_type,latitude,longitude,notes\n"
              "SYR1,2019-09-30,1,Battles,34.4,40.99,short\n"
              "SYR2,2019-09-29,1,Riots,34.4,40.99,\"" +
                  notes +
                  "\"\n"
                  "SYR3,2019-09-28,1,Riots,34.4,40.99,\"a, b\"\n");
    const auto overlay = read(csv);
    ASSERT_TRUE(overlay) << problems().toStdString();
    ASSERT_EQ(overlay->features.size(), 3u);
    EXPECT_FALSE(overlay->columns[6].kept); // ACLED's notes: read back from the row
    const auto second = OverlayReader::attributes(*overlay, 1); // in date order: SYR2
    ASSERT_EQ(second.size(), 7u);
    EXPECT_EQ(second[0].second, QStringLiteral("SYR2"));
    EXPECT_EQ(second[6].second, QString::fromLatin1(notes));
    EXPECT_EQ(OverlayReader::attributes(*overlay, 0)[6].second, QStringLiteral("a, b"));
    EXPECT_EQ(OverlayReader::attributes(*overlay, 2)[6].second, QStringLiteral("short"));
}

TEST_F(OverlayReaderTest, AColumnOfTooManyDistinctValuesIsNotKept)
{
    QByteArray csv = "lon,lat,id,kind\n";
    for (std::size_t i = 0; i <= Overlay::kMaxDistinct; ++i)
        csv += "40,34," + QByteArray::number(static_cast<qulonglong>(i)) + ",a\n";
    const auto overlay = read(write(QStringLiteral("many.csv"), csv));
    ASSERT_TRUE(overlay);
    EXPECT_FALSE(
        overlay->columns[static_cast<std::size_t>(overlay->column(QStringLiteral("id")))].kept);
    EXPECT_TRUE(
        overlay->columns[static_cast<std::size_t>(overlay->column(QStringLiteral("kind")))].kept);
    EXPECT_EQ(OverlayReader::attributes(*overlay, 65536)[2].second, QStringLiteral("65536"));
}

} // namespace
} // namespace frontier
