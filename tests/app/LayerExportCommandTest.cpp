#include "AcledGenerator.h"
#include "RunCli.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using frontier::test::runCli;

namespace {

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(text);
    return path;
}

// A 200 × 100 km square around 41 E, 34.5 N in the given fill, with nothing else drawn.
TEST(LayerExportCommandTest, ALayerAloneIsDrawnInItsStyleWhereItIs)
{
    QTemporaryDir dir;
    const QString zone =
        write(dir, QStringLiteral("zone.geojson"), R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"zone"},"geometry":{"type":"Polygon","coordinates":[[[40,34],[42,34],[42,35],[40,35],[40,34]]]}}]})");
    const QString style =
        write(dir, QStringLiteral("style.json"),
              R"({"background":"#d4e6f1","layers":{"zone":{"fill":"#c80000","strokeWidth":0}}})");
    const QString png = dir.filePath(QStringLiteral("out.png"));
    const auto r = runCli(
        {QStringLiteral("export"), QStringLiteral("--date=2019-09-30"), QStringLiteral("--output"),
         png, QStringLiteral("--size=400x200"), QStringLiteral("--crs=EPSG:4326"),
         QStringLiteral("--map-extent=38,33,44,36"), QStringLiteral("--layer"), zone,
         QStringLiteral("--layer-style"), style, QStringLiteral("--basemap=none"),
         QStringLiteral("--no-decorations"), QStringLiteral("--timings")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("render_ms="))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("png_ms=")));
    const QImage image(png);
    ASSERT_EQ(image.size(), QSize(400, 200));
    // 6° over 400 px: the square spans x 133..267, y 67..133 (north up).
    EXPECT_EQ(image.pixelColor(200, 100), QColor(0xc8, 0, 0));
    EXPECT_EQ(image.pixelColor(100, 100), QColor(0xd4, 0xe6, 0xf1));
    EXPECT_EQ(image.pixelColor(200, 40), QColor(0xd4, 0xe6, 0xf1));
}

TEST(LayerExportCommandTest, AcledOpensWithNoSetupOverTheBundledMap)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("acled.csv"));
    ASSERT_TRUE(frontier::test::writeAcledCsv(csv, 300));
    const QString png = dir.filePath(QStringLiteral("acled.png"));
    const auto r = runCli({QStringLiteral("export"), QStringLiteral("--date=2019-09-30"),
                           QStringLiteral("--output"), png, QStringLiteral("--size=800x600"),
                           QStringLiteral("--layer"), csv});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage image(png);
    // The events' first colour (Battles, in Okabe–Ito orange) is on the map.
    int orange = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            orange += image.pixelColor(x, y) == QColor(0xe6, 0x9f, 0x00);
    EXPECT_GT(orange, 30);
}

TEST(LayerExportCommandTest, BadLayersExitWithMessagesNamingTheFile)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("x.png"));
    const auto missing = runCli({QStringLiteral("export"), QStringLiteral("--date=2019-09-30"),
                                 QStringLiteral("--output"), png, QStringLiteral("--layer"),
                                 dir.filePath(QStringLiteral("none.gpkg"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("none.gpkg: no such file")))
        << missing.err.toStdString();

    const QString dates =
        write(dir, QStringLiteral("dates.csv"), "lon,lat,date\n40,34,2019-09-30\n41,35,never\n");
    const auto bad = runCli({QStringLiteral("export"), QStringLiteral("--date=2019-09-30"),
                             QStringLiteral("--output"), png, QStringLiteral("--layer"), dates});
    EXPECT_EQ(bad.exitCode, 0) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(QStringLiteral("dates.csv: feature '#2', field 'date'")))
        << bad.err.toStdString();

    const auto basemap =
        runCli({QStringLiteral("export"), QStringLiteral("--date=2019-09-30"),
                QStringLiteral("--output"), png, QStringLiteral("--basemap=some")});
    EXPECT_EQ(basemap.exitCode, 2);
    EXPECT_TRUE(basemap.err.contains(QStringLiteral("--basemap some")));
}

} // namespace
