#include "RasterFiles.h"
#include "RunCli.h"
#include "WriteFile.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using frontier::test::runCli;

namespace {

const QColor kBackground(0xd4, 0xe6, 0xf1);

class RasterExportCommandTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        // A hill over 40–42 E, 34–36 N, 20 km high so that its slopes (up to 18°) show at
        // this scale.
        const frontier::test::RasterGrid grid;
        frontier::test::writeRaster(
            m_dir.filePath(QStringLiteral("dem.tif")), grid, 1, GDT_Float32,
            [&](int, int x, int y) { return frontier::test::hill(grid, x, y, 20000); });
    }
    QString write(const QString& name, const QByteArray& text)
    {
        return frontier::test::writeFile(m_dir.filePath(name), text);
    }
    // 4° over 400 px, 39–43 E and 33–37 N: the DEM spans x and y 100..300, its top at 200, 200.
    QStringList exportArgs(const QString& png, const QString& style)
    {
        return {QStringLiteral("--date=2019-09-30"),
                QStringLiteral("--output"),
                png,
                QStringLiteral("--size=400x400"),
                QStringLiteral("--crs=EPSG:4326"),
                QStringLiteral("--map-extent=39,33,43,37"),
                QStringLiteral("--layer"),
                m_dir.filePath(QStringLiteral("dem.tif")),
                QStringLiteral("--layer-style"),
                write(QStringLiteral("style.json"), style.toUtf8()),
                QStringLiteral("--basemap=none"),
                QStringLiteral("--no-decorations")};
    }
    QTemporaryDir m_dir;
};

TEST_F(RasterExportCommandTest, ARasterIsDrawnAloneGreyUnderAVectorLayer)
{
    const QString zone = write(QStringLiteral("zone.geojson"),
                               R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[40,34],[40.5,34],[40.5,34.5],[40,34.5],[40,34]]]}}]})");
    const QString png = m_dir.filePath(QStringLiteral("out.png"));
    QStringList args = exportArgs(
        png, R"({"background":"#d4e6f1","layers":{"zone":{"fill":"#c80000","strokeWidth":0}}})");
    args << QStringLiteral("--layer") << zone;
    const auto r = runCli(QStringList{QStringLiteral("export")} + args);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage image(png);
    ASSERT_EQ(image.size(), QSize(400, 400));
    EXPECT_GT(image.pixelColor(200, 200).red(), 240); // the top: white
    EXPECT_LT(image.pixelColor(110, 110).red(), 10);  // the foot: black
    EXPECT_EQ(image.pixelColor(200, 200).red(), image.pixelColor(200, 200).blue()); // grey
    EXPECT_EQ(image.pixelColor(60, 200), kBackground);         // beyond the DEM
    EXPECT_EQ(image.pixelColor(112, 288), QColor(0xc8, 0, 0)); // the zone, over it
}

TEST_F(RasterExportCommandTest, TheStyleFileAsksForAHillshade)
{
    const QString png = m_dir.filePath(QStringLiteral("shade.png"));
    const auto r = runCli(QStringList{QStringLiteral("export")} +
                          exportArgs(png, R"({"layers":{"dem":{"hillshade":true}}})"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage image(png);
    // A sigma (33 px) north-west and south-east of the top.
    EXPECT_GT(image.pixelColor(167, 167).red(), image.pixelColor(233, 233).red() + 60);
    const auto bad = runCli(QStringList{QStringLiteral("export")} +
                            exportArgs(png, R"({"layers":{"dem":{"hillshade":"yes"}}})"));
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("\"hillshade\": not a valid value")))
        << bad.err.toStdString();
}

TEST_F(RasterExportCommandTest, FramesDrawTheRasterInEachFrame)
{
    const QString frames = m_dir.filePath(QStringLiteral("frames"));
    QStringList args = exportArgs(QString(), QStringLiteral("{}"));
    args.remove(1, 2); // no --output
    const auto r =
        runCli(QStringList{QStringLiteral("export-frames"), QStringLiteral("--from=2019-01-01"),
                           QStringLiteral("--to=2019-02-01"), QStringLiteral("--step=1m"),
                           QStringLiteral("--output-dir"), frames} +
               args.mid(1));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList pngs = QDir(frames).entryList({QStringLiteral("*.png")});
    ASSERT_EQ(pngs.size(), 2);
    for (const QString& name : pngs)
        EXPECT_GT(QImage(QDir(frames).filePath(name)).pixelColor(200, 200).red(), 240)
            << name.toStdString();
}

TEST_F(RasterExportCommandTest, AGeoPackagesRasterTableIsDrawnWhereItLiesInExportsAndFrames)
{
    // Red over the raster's north-west quarter (40–41 E, 35–36 N, x and y 100..200), white
    // elsewhere; and a second table, blue.
    const QString gpkg = m_dir.filePath(QStringLiteral("tiles.gpkg"));
    const frontier::test::RasterGrid grid;
    frontier::test::writeGeoPackageRaster(gpkg, "imagery", grid, [](int band, int x, int y) {
        return band == 1 || x >= 100 || y >= 100 ? 255 : 0;
    });
    frontier::test::writeGeoPackageRaster(gpkg, "other", grid,
                                          [](int band, int, int) { return band == 3 ? 255 : 0; });
    const QString png = m_dir.filePath(QStringLiteral("tiles.png"));
    QStringList args = exportArgs(png, R"({"background":"#d4e6f1"})");
    args.replace(args.indexOf(QStringLiteral("--layer")) + 1, gpkg + QStringLiteral(":imagery"));
    const auto r = runCli(QStringList{QStringLiteral("export")} + args);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage image(png);
    EXPECT_EQ(image.pixelColor(150, 150), QColor(Qt::red));
    EXPECT_EQ(image.pixelColor(250, 250), QColor(Qt::white));
    EXPECT_EQ(image.pixelColor(60, 200), kBackground);

    const QString frames = m_dir.filePath(QStringLiteral("frames"));
    args.remove(1, 2); // no --output
    const auto series = runCli(
        QStringList{QStringLiteral("export-frames"), QStringLiteral("--from=2019-01-01"),
                    QStringLiteral("--to=2019-02-01"), QStringLiteral("--output-dir"), frames} +
        args.mid(1));
    ASSERT_EQ(series.exitCode, 0) << series.err.toStdString();
    const QStringList pngs = QDir(frames).entryList({QStringLiteral("*.png")});
    ASSERT_EQ(pngs.size(), 2);
    for (const QString& name : pngs)
        EXPECT_EQ(QImage(QDir(frames).filePath(name)).pixelColor(150, 150), QColor(Qt::red))
            << name.toStdString();

    // Without a name the table is not guessed.
    args.replace(args.indexOf(QStringLiteral("--layer")) + 1, gpkg);
    const auto unnamed =
        runCli(QStringList{QStringLiteral("export"), QStringLiteral("--output"), png} + args);
    EXPECT_EQ(unnamed.exitCode, 1);
    EXPECT_TRUE(unnamed.err.contains(QStringLiteral(
        "tiles.gpkg: holds 2 raster tables (imagery, other): name one, as tiles.gpkg:imagery")))
        << unnamed.err.toStdString();
}

TEST_F(RasterExportCommandTest, ADamagedRasterExitsOneNamingTheFile)
{
    const QString garbage = write(QStringLiteral("garbage.tif"), QByteArray(4096, '\x5a'));
    frontier::test::writeGeoPackageRaster(m_dir.filePath(QStringLiteral("whole.gpkg")), "imagery",
                                          {}, [](int, int, int) { return 255; });
    QFile whole(m_dir.filePath(QStringLiteral("whole.gpkg")));
    ASSERT_TRUE(whole.open(QIODevice::ReadOnly));
    const QString truncated = write(QStringLiteral("truncated.gpkg"), whole.read(whole.size() / 3));
    const QString png = m_dir.filePath(QStringLiteral("out.png"));
    for (const auto& [layer, message] :
         {std::pair{garbage, QStringLiteral("garbage.tif: cannot open as a raster")},
          {truncated, QStringLiteral("truncated.gpkg: cannot open the GeoPackage: database disk "
                                     "image is malformed")}}) {
        const auto r = runCli({QStringLiteral("export"), QStringLiteral("--date=2019-09-30"),
                               QStringLiteral("--output"), png, QStringLiteral("--layer"), layer});
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_TRUE(r.err.contains(message)) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(png));
    }
}

} // namespace
