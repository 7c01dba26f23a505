#include "io/RasterReader.h"
#include "RasterFiles.h"
#include "WriteFile.h"
#include "geo/Crs.h"
#include "geo/Viewport.h"
#include "io/LayerChoice.h"
#include "io/OverlayReader.h"
#include "overlay/ProjectedOverlay.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <ctime>
#include <functional>
#include <thread>

namespace frontier {
namespace {

using test::RasterGrid;

// A red 3 × 3 pixel mark at columns and rows 60 to 62 of a white RGB raster.
double redMark(int band, int x, int y)
{
    const bool mark = x >= 60 && x <= 62 && y >= 60 && y <= 62;
    return band == 1 || !mark ? 255 : 0;
}

// Milliseconds of CPU time this process has used since the last restart, on all its threads.
class CpuClock {
public:
    CpuClock() : m_start(std::clock()) {}
    qint64 restart()
    {
        const std::clock_t now = std::clock();
        const auto ms = static_cast<qint64>(1000.0 * double(now - m_start) / CLOCKS_PER_SEC);
        m_start = now;
        return ms;
    }

private:
    std::clock_t m_start;
};

class RasterReaderTest : public ::testing::Test {
protected:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    std::shared_ptr<const Overlay> read(const QString& file)
    {
        m_problems.clear();
        return OverlayReader::read(file, m_problems);
    }
    QString problems() const
    {
        QStringList lines;
        for (const LoadProblem& p : m_problems)
            lines << p.toString();
        return lines.join(u'\n');
    }
    // The view of `overlay`'s whole footprint in `crs`, `pixels` wide and high.
    Viewport wholeView(const Overlay& overlay, const QString& crs, int pixels)
    {
        const CoordinateTransform t(crs);
        return Viewport(ProjectedOverlay(overlay, t).extent(), QSizeF(pixels, pixels));
    }
    QImage draw(const Overlay& overlay, const Viewport& view, const QString& crs,
                bool hillshade = false)
    {
        return overlay.raster->image({view.extent(), view.size().toSize(), crs, hillshade});
    }

    QTemporaryDir m_dir;
    LoadProblems m_problems;
};

TEST_F(RasterReaderTest, ADemOpensAsOneBandOverItsFootprint)
{
    const RasterGrid grid;
    test::writeRaster(path("dem.tif"), grid, 1, GDT_Float32,
                      [&](int, int x, int y) { return test::hill(grid, x, y); });
    const auto dem = read(path("dem.tif"));
    ASSERT_TRUE(dem) << problems().toStdString();
    ASSERT_TRUE(dem->raster);
    EXPECT_TRUE(dem->raster->isSingleBand());
    EXPECT_TRUE(dem->features.empty());
    EXPECT_EQ(dem->name, QStringLiteral("dem"));
    EXPECT_EQ(dem->summary(),
              QStringLiteral("GeoTIFF raster, 200 × 200 px, 1 band, no overviews (slower when "
                             "zoomed out)"));
    const MapRect e =
        ProjectedOverlay(*dem, CoordinateTransform(QStringLiteral("EPSG:4326"))).extent();
    EXPECT_NEAR(e.xmin, 40, 1e-6);
    EXPECT_NEAR(e.xmax, 42, 1e-6);
    EXPECT_NEAR(e.ymin, 34, 1e-6);
    EXPECT_NEAR(e.ymax, 36, 1e-6);
}

// The centre of the red pixels of `image`.
QPointF redCentre(const QImage& image)
{
    double sx = 0, sy = 0;
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200 && c.red() > 200 && c.green() < 100) {
                sx += x + 0.5;
                sy += y + 0.5;
                ++n;
            }
        }
    return n ? QPointF(sx / n, sy / n) : QPointF(-1, -1);
}

class RasterMarkTest : public RasterReaderTest {
protected:
    void SetUp() override
    {
        test::writeRaster(path("mark.tif"), m_grid, 3, GDT_Byte, redMark);
        m_mark = read(path("mark.tif"));
        ASSERT_TRUE(m_mark) << problems().toStdString();
    }
    // Draws the whole raster in `crs` and checks the mark is where its coordinates are, on the
    // raster's white.
    void expectMarkInPlace(const QString& crs)
    {
        const Viewport view = wholeView(*m_mark, crs, 600);
        const QImage image = draw(*m_mark, view, crs);
        ASSERT_EQ(image.size(), QSize(600, 600)) << crs.toStdString();
        const CoordinateTransform transform(crs);
        const QPointF expected =
            view.toScreen(*transform.forward({m_grid.x(61.5), m_grid.y(61.5)}));
        const QPointF found = redCentre(image);
        EXPECT_NEAR(found.x(), expected.x(), 1.0) << crs.toStdString();
        EXPECT_NEAR(found.y(), expected.y(), 1.0) << crs.toStdString();
        EXPECT_EQ(image.pixelColor(view.toScreen(*transform.forward({40.3, 34.3})).toPoint()),
                  QColor(Qt::white))
            << crs.toStdString();
    }
    const RasterGrid m_grid;
    std::shared_ptr<const Overlay> m_mark;
};

TEST_F(RasterMarkTest, APixelLandsAtItsCoordinatesInEveryCrs)
{
    for (const QString& crs :
         {QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:32637"), Crs::defaultDefinition()})
        expectMarkInPlace(crs);
}

TEST_F(RasterMarkTest, TwoThreadsDrawItAtOnceAsTheWindowAndAnExportMay)
{
    std::thread exporter([this] {
        for (int i = 0; i < 3; ++i)
            expectMarkInPlace(QStringLiteral("EPSG:32637"));
    });
    for (int i = 0; i < 3; ++i)
        expectMarkInPlace(QStringLiteral("EPSG:4326"));
    exporter.join();
}

TEST_F(RasterMarkTest, AGeoPackageOfRasterTilesOpensAsARaster)
{
    GDALDatasetUniquePtr tiff(GDALDataset::Open(path("mark.tif").toUtf8().constData()));
    ASSERT_TRUE(tiff);
    GDALDatasetUniquePtr(GetGDALDriverManager()->GetDriverByName("GPKG")->CreateCopy(
        path("mark.gpkg").toUtf8().constData(), tiff.get(), FALSE, nullptr, nullptr, nullptr));
    m_mark = read(path("mark.gpkg"));
    ASSERT_TRUE(m_mark) << problems().toStdString();
    ASSERT_TRUE(m_mark->raster);
    EXPECT_TRUE(m_mark->summary().startsWith(QStringLiteral("GPKG raster, 200 × 200 px, RGB")))
        << m_mark->summary().toStdString();
    expectMarkInPlace(QStringLiteral("EPSG:32637"));
}

// Every pixel of one colour.
std::function<double(int, int, int)> solid(QColor colour)
{
    return [colour](int band, int, int) {
        return band == 1 ? colour.red() : band == 2 ? colour.green() : colour.blue();
    };
}

TEST_F(RasterReaderTest, AGeoPackagesRasterTableIsPickedByNameBesideItsVectorLayer)
{
    const QString gpkg = path("mixed.gpkg");
    test::writeGeoPackageRaster(gpkg, "reds", {}, solid(Qt::red));
    test::writeGeoPackageRaster(gpkg, "blues", {}, solid(Qt::blue));
    test::addGeoPackagePoint(gpkg, "places", 41, 35);
    // Unnamed, the vector layer opens as before.
    const auto vector = read(gpkg);
    ASSERT_TRUE(vector) << problems().toStdString();
    EXPECT_FALSE(vector->raster);
    EXPECT_EQ(vector->features.size(), 1u);

    const QString crs = QStringLiteral("EPSG:4326");
    for (const auto& [table, colour] : {std::pair{QStringLiteral("reds"), QColor(Qt::red)},
                                        {QStringLiteral("blues"), Qt::blue}}) {
        const auto raster = read(gpkg + u':' + table);
        ASSERT_TRUE(raster) << problems().toStdString();
        ASSERT_TRUE(raster->raster) << table.toStdString();
        EXPECT_EQ(raster->name, QStringLiteral("mixed:") + table);
        EXPECT_EQ(raster->layerName, table);
        EXPECT_EQ(draw(*raster, wholeView(*raster, crs, 100), crs).pixelColor(50, 50), colour);
        // Read again from where it came from, as the Layers panel's reload and a session do.
        const auto again = OverlayReader::reload(*raster, m_problems);
        ASSERT_TRUE(again) << problems().toStdString();
        EXPECT_EQ(draw(*again, wholeView(*again, crs, 100), crs).pixelColor(50, 50), colour);
    }
    const auto named = read(gpkg + QStringLiteral(":places"));
    ASSERT_TRUE(named) << problems().toStdString();
    EXPECT_FALSE(named->raster);
    // The window asks which to add, the vector layer first.
    const std::vector<ChoosableLayer> layers = LayerChoice::of(gpkg);
    ASSERT_EQ(layers.size(), 3u);
    EXPECT_EQ(layers[0].name, QStringLiteral("places"));
    EXPECT_FALSE(layers[0].raster);
    EXPECT_EQ(layers[1].name, QStringLiteral("reds"));
    EXPECT_EQ(layers[2].name, QStringLiteral("blues"));
    EXPECT_TRUE(layers[1].raster && layers[2].raster);
    EXPECT_TRUE(LayerChoice::of(gpkg + QStringLiteral(":places")).empty());
    EXPECT_FALSE(read(gpkg + QStringLiteral(":greens")));
    EXPECT_TRUE(problems().startsWith(QStringLiteral("mixed.gpkg: no layer \"greens\"")))
        << problems().toStdString();
}

TEST_F(RasterReaderTest, SeveralRasterTablesAndNoNameAreRefusedNamingThem)
{
    test::writeGeoPackageRaster(path("tiles.gpkg"), "reds", {}, solid(Qt::red));
    test::writeGeoPackageRaster(path("tiles.gpkg"), "blues", {}, solid(Qt::blue));
    EXPECT_FALSE(read(path("tiles.gpkg")));
    EXPECT_EQ(problems(), QStringLiteral("tiles.gpkg: holds 2 raster tables (reds, blues): name "
                                         "one, as tiles.gpkg:reds"));
    // The window asks which.
    const std::vector<ChoosableLayer> tables = LayerChoice::of(path("tiles.gpkg"));
    ASSERT_EQ(tables.size(), 2u);
    EXPECT_EQ(tables[0].name, QStringLiteral("reds"));
    EXPECT_EQ(tables[1].name, QStringLiteral("blues"));
    EXPECT_TRUE(LayerChoice::of(path("tiles.gpkg") + QStringLiteral(":reds")).empty());
    // A GeoPackage of one raster table, and a GeoTIFF, hold nothing to choose from.
    test::writeGeoPackageRaster(path("one.gpkg"), "reds", {}, solid(Qt::red));
    EXPECT_TRUE(LayerChoice::of(path("one.gpkg")).empty());
}

TEST_F(RasterReaderTest, AZoomedOutViewReadsAGeoPackagesZoomLevels)
{
    // Red and blue columns by turns: a zoom level, averaged, is purple.
    RasterGrid grid;
    grid.width = grid.height = 512;
    grid.pixel = 0.002;
    test::writeGeoPackageRaster(
        path("levels.gpkg"), "levels", grid,
        [](int band, int x, int) { return band == (x % 2 ? 3 : 1) ? 255 : 0; }, true);
    const auto levels = read(path("levels.gpkg"));
    ASSERT_TRUE(levels) << problems().toStdString();
    EXPECT_EQ(levels->summary(), QStringLiteral("GPKG raster, 512 × 512 px, RGB, 2 overviews"));
    const QString crs = QStringLiteral("EPSG:4326");
    const QColor zoomedOut = draw(*levels, wholeView(*levels, crs, 64), crs).pixelColor(32, 32);
    EXPECT_NEAR(zoomedOut.red(), 128, 2);
    EXPECT_EQ(zoomedOut.green(), 0);
    EXPECT_NEAR(zoomedOut.blue(), 128, 2);
    const QImage whole = draw(*levels, wholeView(*levels, crs, 512), crs);
    EXPECT_EQ(whole.pixelColor(256, 256), QColor(Qt::red));
    EXPECT_EQ(whole.pixelColor(257, 256), QColor(Qt::blue));
}

TEST_F(RasterReaderTest, ADamagedGeoPackageIsRefusedNamingTheFileAndTable)
{
    test::writeGeoPackageRaster(path("whole.gpkg"), "reds", {}, solid(Qt::red));
    QFile whole(path("whole.gpkg"));
    ASSERT_TRUE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    test::writeFile(path("truncated.gpkg"), bytes.left(bytes.size() / 3));
    EXPECT_FALSE(read(path("truncated.gpkg")));
    EXPECT_EQ(problems(), QStringLiteral("truncated.gpkg: cannot open the GeoPackage: database "
                                         "disk image is malformed"));

    // Its tiles not images.
    ASSERT_TRUE(QFile::copy(path("whole.gpkg"), path("tiles.gpkg")));
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(path("tiles.gpkg").toUtf8().constData(),
                                                  GDAL_OF_RASTER | GDAL_OF_UPDATE));
        ASSERT_TRUE(ds);
        ds->ExecuteSQL("UPDATE reds SET tile_data = x'89504e470d0a1a0a00'", nullptr, nullptr);
    }
    for (const QString& spec : {path("tiles.gpkg"), path("tiles.gpkg") + QStringLiteral(":reds")}) {
        EXPECT_FALSE(read(spec));
        EXPECT_TRUE(problems().startsWith(QFileInfo(spec).fileName() +
                                          QStringLiteral(": cannot be read: ")))
            << problems().toStdString();
    }
}

TEST_F(RasterReaderTest, OneBandIsGreyFromItsLowestToItsHighestAndNoDataIsClear)
{
    const RasterGrid grid;
    test::writeRaster(path("ramp.tif"), grid, 1, GDT_Float32, [](int, int x, int y) {
        return y < 20 ? -9999.0 : 100.0 + x; // the top rows are no data
    });
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(path("ramp.tif").toUtf8().constData(),
                                                  GDAL_OF_RASTER | GDAL_OF_UPDATE));
        ds->GetRasterBand(1)->SetNoDataValue(-9999);
    }
    const auto ramp = read(path("ramp.tif"));
    ASSERT_TRUE(ramp) << problems().toStdString();
    const QString crs = QStringLiteral("EPSG:4326");
    const Viewport view = wholeView(*ramp, crs, 200);
    const QImage image = draw(*ramp, view, crs);
    EXPECT_EQ(image.pixelColor(100, 5).alpha(), 0);
    EXPECT_LT(image.pixelColor(1, 100).red(), 8);
    EXPECT_GT(image.pixelColor(198, 100).red(), 247);
    EXPECT_NEAR(image.pixelColor(100, 100).red(), 128, 4);
}

TEST_F(RasterReaderTest, APalettedFileKeepsItsColours)
{
    const RasterGrid grid;
    test::writeRaster(path("classes.tif"), grid, 1, GDT_Byte,
                      [](int, int x, int) { return x < 100 ? 1 : 2; });
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(path("classes.tif").toUtf8().constData(),
                                                  GDAL_OF_RASTER | GDAL_OF_UPDATE));
        GDALColorTable table;
        const GDALColorEntry none{0, 0, 0, 0}, green{0, 158, 115, 255}, orange{230, 159, 0, 255};
        table.SetColorEntry(0, &none);
        table.SetColorEntry(1, &green);
        table.SetColorEntry(2, &orange);
        ds->GetRasterBand(1)->SetColorTable(&table);
    }
    const auto classes = read(path("classes.tif"));
    ASSERT_TRUE(classes) << problems().toStdString();
    EXPECT_FALSE(classes->raster->isSingleBand()); // no grey, no hillshade
    const QString crs = QStringLiteral("EPSG:4326");
    const QImage image = draw(*classes, wholeView(*classes, crs, 200), crs);
    EXPECT_EQ(image.pixelColor(50, 100), QColor(0, 158, 115));
    EXPECT_EQ(image.pixelColor(150, 100), QColor(230, 159, 0));
}

TEST_F(RasterReaderTest, TheHillshadeLightsTheNorthWestSlopeAtEveryZoomAndCrs)
{
    // 3000 m over 20 km: slopes up to about 25°.
    RasterGrid grid;
    grid.pixel = 0.001;
    test::writeRaster(
        path("hill.tif"), grid, 1, GDT_Float32,
        [&](int, int x, int y) { return test::hill(grid, x, y, 3000); }, true);
    const auto hill = read(path("hill.tif"));
    ASSERT_TRUE(hill) << problems().toStdString();
    const GeoPoint top{grid.x(100), grid.y(100)};
    const double slope = grid.width / 6.0 * grid.pixel; // a sigma from the top, in degrees
    for (const QString& crs : {QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:32637")}) {
        const CoordinateTransform t(crs);
        const Viewport whole = wholeView(*hill, crs, 400);
        for (const double zoom : {0.25, 1.0, 2.5}) {
            const Viewport view = whole.zoomed(zoom, whole.toScreen(*t.forward(top)));
            const QImage image = draw(*hill, view, crs, true);
            ASSERT_FALSE(image.isNull());
            const auto at = [&](double dlon, double dlat) {
                return image.pixelColor(
                    view.toScreen(*t.forward({top.lon + dlon, top.lat + dlat})).toPoint());
            };
            const QColor north = at(-slope, slope), south = at(slope, -slope);
            EXPECT_GT(north.red(), south.red() + 60) << crs.toStdString() << " ×" << zoom;
            // Flat ground far from the top is mid-grey (the sun at 45°: 255 × sin 45°).
            if (zoom <= 1) {
                EXPECT_NEAR(at(-0.09, -0.09).red(), 181, 6) << crs.toStdString() << " ×" << zoom;
            }
        }
    }
}

TEST_F(RasterReaderTest, AZoomedOutViewReadsAnOverview)
{
    // Full resolution red, every overview blue: the colour shows which was read.
    RasterGrid grid;
    grid.width = grid.height = 512;
    grid.pixel = 0.002;
    test::writeRaster(
        path("levels.tif"), grid, 3, GDT_Byte,
        [](int band, int, int) { return band == 1 ? 255 : 0; }, true);
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(path("levels.tif").toUtf8().constData(),
                                                  GDAL_OF_RASTER | GDAL_OF_UPDATE));
        for (int b = 1; b <= 3; ++b)
            for (int o = 0; o < 3; ++o)
                ds->GetRasterBand(b)->GetOverview(o)->Fill(b == 3 ? 255 : 0);
    }
    const auto levels = read(path("levels.tif"));
    ASSERT_TRUE(levels) << problems().toStdString();
    EXPECT_TRUE(levels->summary().endsWith(QStringLiteral("3 overviews")));
    const QString crs = QStringLiteral("EPSG:4326");
    EXPECT_EQ(draw(*levels, wholeView(*levels, crs, 64), crs).pixelColor(32, 32), QColor(Qt::blue));
    EXPECT_EQ(draw(*levels, wholeView(*levels, crs, 512), crs).pixelColor(256, 256),
              QColor(Qt::red));
}

TEST_F(RasterReaderTest, DamagedFilesAreRefusedNamingTheFile)
{
    const RasterGrid grid;
    test::writeRaster(path("whole.tif"), grid, 1, GDT_Float32,
                      [&](int, int x, int y) { return test::hill(grid, x, y); });
    QFile whole(path("whole.tif"));
    ASSERT_TRUE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    test::writeFile(path("truncated.tif"), bytes.left(bytes.size() / 3));
    test::writeFile(path("garbage.tif"), QByteArray(4096, '\x5a'));

    EXPECT_FALSE(read(path("truncated.tif")));
    ASSERT_EQ(m_problems.size(), 1u);
    EXPECT_TRUE(problems().startsWith(QStringLiteral("truncated.tif: cannot be read: ")))
        << problems().toStdString();
    EXPECT_FALSE(read(path("garbage.tif")));
    ASSERT_EQ(m_problems.size(), 1u);
    EXPECT_TRUE(problems().startsWith(QStringLiteral("garbage.tif: cannot open as a raster: ")))
        << problems().toStdString();
}

TEST_F(RasterReaderTest, ARasterWithoutGeoreferencingIsRefused)
{
    test::writeRaster(
        path("plain.tif"), {}, 1, GDT_Byte, [](int, int x, int) { return x; }, false, false);
    EXPECT_FALSE(read(path("plain.tif")));
    EXPECT_EQ(problems(),
              QStringLiteral("plain.tif: has no georeferencing (no geotransform, world file or "
                             "ground control points): it cannot be placed on the map"));
}

TEST_F(RasterReaderTest, ARasterWithoutACrsIsLonLatWhereItFits)
{
    RasterGrid grid;
    grid.crs = nullptr;
    test::writeRaster(path("nocrs.tif"), grid, 1, GDT_Byte, [](int, int x, int) { return x; });
    const auto lonLat = read(path("nocrs.tif"));
    ASSERT_TRUE(lonLat) << problems().toStdString();
    EXPECT_TRUE(lonLat->assumedWgs84);
    grid.west = 500000;
    grid.north = 4000000;
    grid.pixel = 30;
    test::writeRaster(path("metres.tif"), grid, 1, GDT_Byte, [](int, int x, int) { return x; });
    EXPECT_FALSE(read(path("metres.tif")));
    EXPECT_EQ(problems(), QStringLiteral("metres.tif: has no CRS, and its coordinates are not "
                                         "longitude/latitude: give the file a CRS"));
}

TEST_F(RasterReaderTest, AHugeRasterOpensAndDrawsWithoutReadingItAll)
{
    // 200,000 × 200,000 px (40 GB of pixels), its blocks never written: a few kB on disk.
    GDALAllRegister();
    const char* options[] = {"TILED=YES", "SPARSE_OK=TRUE", "BIGTIFF=YES", nullptr};
    {
        GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(
            path("huge.tif").toUtf8().constData(), 200000, 200000, 1, GDT_Byte,
            const_cast<char**>(options)));
        double geo[6] = {38, 1e-5, 0, 37, 0, -1e-5};
        ds->SetGeoTransform(geo);
        OGRSpatialReference srs;
        srs.SetFromUserInput("EPSG:4326");
        ds->SetSpatialRef(&srs);
    }
    // The process's CPU time, not the wall clock: the bounds then hold on a loaded machine (the
    // suite runs one test per core) as well as on an idle one.
    CpuClock timer;
    const auto huge = read(path("huge.tif"));
    ASSERT_TRUE(huge) << problems().toStdString();
    const qint64 openMs = timer.restart();
    const QString crs = QStringLiteral("EPSG:4326");
    const Viewport whole = wholeView(*huge, crs, 400);
    const QImage zoomedIn = draw(*huge, whole.zoomed(64, QPointF(200, 200)), crs);
    const qint64 zoomedInMs = timer.restart();
    const QImage zoomedOut = draw(*huge, whole, crs);
    const qint64 zoomedOutMs = timer.restart();
    EXPECT_EQ(zoomedIn.size(), QSize(400, 400));
    EXPECT_EQ(zoomedOut.pixelColor(200, 200).alpha(), 255);
    // Reading it all takes minutes. Here: 0.1 s to open, 0.03 s zoomed in, 2 s for the whole
    // (its 38,000 blocks sampled: build overviews to make it faster); more under sanitizers.
    EXPECT_LT(openMs, 5000);
    EXPECT_LT(zoomedInMs, 5000);
    EXPECT_LT(zoomedOutMs, 15000);
    std::printf("huge raster: opened in %lld ms, a zoomed-in view in %lld ms, the whole in %lld "
                "ms of CPU\n",
                static_cast<long long>(openMs), static_cast<long long>(zoomedInMs),
                static_cast<long long>(zoomedOutMs));
}

} // namespace
} // namespace frontier
