#include "RunCli.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using frontier::test::runCli;

namespace {

QStringList lines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Exports 2019-09-30 at `size` with `options` to NAME.png in `dir`, and reads it back.
QImage exportImage(const QTemporaryDir& dir, const QString& name, const QString& size,
                   const QStringList& options)
{
    const QString out = dir.filePath(name + QStringLiteral(".png"));
    const auto r = runCli(QStringList{QStringLiteral("export"), QStringLiteral("--date"),
                                      QStringLiteral("2019-09-30"), QStringLiteral("--size"), size,
                                      QStringLiteral("--output"), out} +
                          options);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QImageReader(out).read();
}

TEST(ExportCommandTest, WritesAGeoreferencedPngOfTheRequestedSize)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("snap.png"));
    const auto r =
        runCli({QStringLiteral("export"), QStringLiteral("--date"), QStringLiteral("2019-09-30"),
                QStringLiteral("--output"), png, QStringLiteral("--size"),
                QStringLiteral("800x600"), QStringLiteral("--crs"), QStringLiteral("EPSG:32637"),
                QStringLiteral("--extent"), QStringLiteral("38,33,43,37.5")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QImageReader reader(png);
    const QImage image = reader.read();
    EXPECT_EQ(image.size(), QSize(800, 600));
    EXPECT_EQ(image.text(QStringLiteral("frontier:date")), QStringLiteral("2019-09-30"));
    EXPECT_EQ(image.text(QStringLiteral("frontier:crs")), QStringLiteral("EPSG:32637"));
    EXPECT_TRUE(image.text(QStringLiteral("frontier:sources")).contains(QStringLiteral(",")));

    // The world file: square pixels, north up, and the requested extent inside the image
    // (EPSG:32637 metres: 38 E, 33 N lies near x 313 km, y 3654 km).
    const QStringList w = lines(dir.filePath(QStringLiteral("snap.pgw")));
    ASSERT_EQ(w.size(), 6);
    const double px = w[0].toDouble(), left = w[4].toDouble() - px / 2,
                 top = w[5].toDouble() - w[3].toDouble() / 2;
    EXPECT_GT(px, 0);
    EXPECT_DOUBLE_EQ(w[3].toDouble(), -px);
    EXPECT_LT(left, 320000);
    EXPECT_GT(left + 800 * px, 770000);
    EXPECT_GT(top, 4100000);
    EXPECT_TRUE(lines(dir.filePath(QStringLiteral("snap.prj")))
                    .join(QString())
                    .contains(QStringLiteral("UTM_Zone_37N")));
}

TEST(ExportCommandTest, CompareWritesOneFigureOfBothDatesWithTheirProvenance)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("both.png"));
    const auto r = runCli({QStringLiteral("export"), QStringLiteral("--date"),
                           QStringLiteral("2019-09-30"), QStringLiteral("--compare"),
                           QStringLiteral("2014-08-15"), QStringLiteral("--output"), png,
                           QStringLiteral("--size"), QStringLiteral("1600x700")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("2019-09-30 and 2014-08-15")));
    const QImage image = QImageReader(png).read();
    EXPECT_EQ(image.size(), QSize(1600, 700));
    EXPECT_EQ(image.text(QStringLiteral("frontier:date")), QStringLiteral("2019-09-30"));
    EXPECT_EQ(image.text(QStringLiteral("frontier:compare-date")), QStringLiteral("2014-08-15"));
    // Sources of both dates: the 2019 reopening and the 2014 closure of al-Qaim.
    const QString sources = image.text(QStringLiteral("frontier:sources"));
    EXPECT_TRUE(sources.contains(QStringLiteral("asharq-2019-09-30-qaim")));
    // Two maps side by side are not one georeferenced image: no world file, no .prj.
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("both.pgw"))));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("both.prj"))));
}

QByteArray head(const QString& path, int n)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

TEST(ExportCommandTest, WritesTheFormatTheSuffixNames)
{
    QTemporaryDir dir;
    struct Case {
        const char* name;
        QByteArray magic;
        const char* worldFile;
    };
    const Case cases[]{{"a.png", QByteArray("\x89PNG\r\n\x1a\n", 8), "a.pgw"},
                       {"b.jpg", QByteArray("\xff\xd8\xff", 3), "b.jgw"},
                       {"c.JPEG", QByteArray("\xff\xd8\xff", 3), "c.jgw"},
                       {"d.tif", QByteArray("II*\0", 4), "d.tfw"},
                       {"e.tiff", QByteArray("II*\0", 4), "e.tfw"}};
    for (const Case& c : cases) {
        const QString out = dir.filePath(QString::fromLatin1(c.name));
        const auto r = runCli({QStringLiteral("export"), QStringLiteral("--date"),
                               QStringLiteral("2019-09-30"), QStringLiteral("--size"),
                               QStringLiteral("320x200"), QStringLiteral("--output"), out});
        ASSERT_EQ(r.exitCode, 0) << c.name << r.err.toStdString();
        EXPECT_EQ(head(out, static_cast<int>(c.magic.size())), c.magic) << c.name;
        EXPECT_EQ(lines(dir.filePath(QString::fromLatin1(c.worldFile))).size(), 6) << c.worldFile;
        EXPECT_EQ(QImage(out).size(), QSize(320, 200)) << c.name;
    }
    // The JPEG carries its provenance as comments.
    EXPECT_EQ(
        QImageReader(dir.filePath(QStringLiteral("b.jpg"))).text(QStringLiteral("frontier-date")),
        QStringLiteral("2019-09-30"));
}

TEST(ExportCommandTest, ASuffixOfNoImageFormatIsRefused)
{
    QTemporaryDir dir;
    for (const char* name : {"x.gif", "x.pgw", "x"}) {
        const QString out = dir.filePath(QString::fromLatin1(name));
        const auto r = runCli({QStringLiteral("export"), QStringLiteral("--date"),
                               QStringLiteral("2019-09-30"), QStringLiteral("--output"), out});
        EXPECT_EQ(r.exitCode, 2) << name;
        EXPECT_TRUE(r.err.contains(QStringLiteral("--output")) &&
                    r.err.contains(QStringLiteral(".png, .jpg, .jpeg, .tif or .tiff")))
            << r.err.toStdString();
        EXPECT_TRUE(QDir(dir.path()).isEmpty()) << name;
    }
}

// --style high-contrast: the same map in black on white with black outlines.
TEST(ExportCommandTest, HighContrastDrawsTheSameMapInItsStyle)
{
    QTemporaryDir dir;
    const auto exportWith = [&](const QString& style) {
        return exportImage(dir, style, QStringLiteral("800x500"),
                           {QStringLiteral("--style"), style})
            .convertToFormat(QImage::Format_RGB32);
    };
    const QImage normal = exportWith(QStringLiteral("default"));
    const QImage high = exportWith(QStringLiteral("high-contrast"));
    ASSERT_EQ(normal.size(), high.size());
    const auto count = [](const QImage& image, QColor colour) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += image.pixelColor(x, y) == colour;
        return n;
    };
    // White land and black text and outlines where the default has cream land and grey lines.
    EXPECT_GT(count(high, Qt::white), count(normal, Qt::white) + 10000);
    EXPECT_GT(count(high, Qt::black), count(normal, Qt::black) + 1000);
}

TEST(ExportCommandTest, BadArgumentsExitWithTwoAndSayWhy)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.png"));
    const QStringList base{QStringLiteral("export"), QStringLiteral("--output"), out};
    const std::vector<std::pair<QStringList, QString>> cases{
        {{QStringLiteral("--date"), QStringLiteral("2019-13-01")},
         QStringLiteral("--date 2019-13-01")},
        {{QStringLiteral("--date"), QStringLiteral("2019-02-30")},
         QStringLiteral("--date 2019-02-30")},
        {{QStringLiteral("--date"), QStringLiteral("2019-09-30"), QStringLiteral("--size"),
          QStringLiteral("0x0")},
         QStringLiteral("--size 0x0")},
        {{QStringLiteral("--date"), QStringLiteral("2019-09-30"), QStringLiteral("--size"),
          QStringLiteral("100000x100000")},
         QStringLiteral("--size")},
        {{QStringLiteral("--date"), QStringLiteral("2019-09-30"), QStringLiteral("--crs"),
          QStringLiteral("EPSG:999999")},
         QStringLiteral("--crs EPSG:999999")},
        {{QStringLiteral("--date"), QStringLiteral("2019-09-30"), QStringLiteral("--extent"),
          QStringLiteral("43,37,38,33")},
         QStringLiteral("inverted")},
        {{QStringLiteral("--date"), QStringLiteral("2019-09-30"), QStringLiteral("--labels"),
          QStringLiteral("fr")},
         QStringLiteral("--labels fr")},
        {{QStringLiteral("--date"), QStringLiteral("2019-09-30"), QStringLiteral("--dpi"),
          QStringLiteral("0")},
         QStringLiteral("--dpi 0")},
        {{QStringLiteral("--date"), QStringLiteral("2019-09-30"), QStringLiteral("--style"),
          QStringLiteral("neon")},
         QStringLiteral("--style neon: expected default or high-contrast")},
        {{QStringLiteral("--date"), QStringLiteral("2019-09-30"), QStringLiteral("--bogus")},
         QStringLiteral("bogus")},
        {{QStringLiteral("--date")}, QStringLiteral("date")},
        {{}, QStringLiteral("--date is required")},
    };
    for (const auto& [extra, expected] : cases) {
        const auto r = runCli(base + extra);
        EXPECT_EQ(r.exitCode, 2) << extra.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(expected)) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(out));
    }
}

TEST(ExportCommandTest, AnUnwritableOutputExitsWithOneAndKeepsWhatWasThere)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("taken.png"));
    ASSERT_TRUE(QDir().mkdir(folder));
    QFile keep(folder + QStringLiteral("/keep.txt"));
    ASSERT_TRUE(keep.open(QIODevice::WriteOnly));
    keep.write("data");
    keep.close();
    auto r = runCli({QStringLiteral("export"), QStringLiteral("--date"),
                     QStringLiteral("2019-09-30"), QStringLiteral("--output"), folder});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("is a folder"))) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(folder + QStringLiteral("/keep.txt")));

    r = runCli({QStringLiteral("export"), QStringLiteral("--date"), QStringLiteral("2019-09-30"),
                QStringLiteral("--output"), dir.filePath(QStringLiteral("missing/dir/x.png"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("x.png"))) << r.err.toStdString();
}

} // namespace

namespace {

TEST(ExportFramesCommandTest, WritesOneWholeFramePerStep)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("frames"));
    const auto r =
        runCli({QStringLiteral("export-frames"), QStringLiteral("--from"),
                QStringLiteral("2017-10-01"), QStringLiteral("--to"), QStringLiteral("2017-12-31"),
                QStringLiteral("--step"), QStringLiteral("1m"), QStringLiteral("--output-dir"), out,
                QStringLiteral("--size"), QStringLiteral("320x200")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("frame 3/3")));
    const QStringList pngs =
        QDir(out).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    ASSERT_EQ(pngs.size(), 3);
    const QImage last(QDir(out).filePath(pngs.back()));
    EXPECT_EQ(last.size(), QSize(320, 200));
    EXPECT_EQ(last.text(QStringLiteral("frontier:date")), QStringLiteral("2017-12-01"));
    EXPECT_EQ(runCli({QStringLiteral("export-frames"), QStringLiteral("--from"),
                      QStringLiteral("2017-10-01"), QStringLiteral("--to"),
                      QStringLiteral("2017-12-31"), QStringLiteral("--step"), QStringLiteral("2q"),
                      QStringLiteral("--output-dir"), out})
                  .exitCode,
              2);
}

} // namespace

// --labels ar: the map's words are Arabic (the title, legend, scale bar, date, attribution
// differ from the English export's) and the provenance stays as machines read it.
TEST(ExportCommandTest, ArabicLabelsDrawAnArabicMapWithTheSameProvenance)
{
    QTemporaryDir dir;
    const auto exportIn = [&](const QString& labels) {
        return exportImage(dir, labels, QStringLiteral("960x600"),
                           {QStringLiteral("--labels"), labels});
    };
    const QImage english = exportIn(QStringLiteral("en"));
    const QImage arabic = exportIn(QStringLiteral("ar"));
    ASSERT_EQ(english.size(), arabic.size());
    // The title's corner, the legend's, and the scale bar's and attribution's.
    for (const QRect corner :
         {QRect(0, 0, 480, 90), QRect(0, 300, 300, 300), QRect(600, 520, 360, 80)})
        EXPECT_NE(english.copy(corner), arabic.copy(corner)) << corner.x() << "," << corner.y();
    for (const char* key : {"frontier:date", "frontier:dataset-sha256", "frontier:crs",
                            "frontier:extent", "frontier:sources"}) {
        const QString k = QString::fromLatin1(key);
        EXPECT_FALSE(arabic.text(k).isEmpty()) << key;
        EXPECT_EQ(arabic.text(k), english.text(k)) << key;
    }
    EXPECT_EQ(arabic.text(QStringLiteral("frontier:date")), QStringLiteral("2019-09-30"));
}

namespace {

// Exports 2019-09-30 with a cache folder of its own in `dir`, with `more` options, to `name`:
// whether the GDAL module was loaded (LD_DEBUG names every library loaded), and the PNG's bytes.
std::pair<bool, QByteArray> exportNotingGdal(const QTemporaryDir& dir, const QString& name,
                                             const QStringList& more = {})
{
    QProcessEnvironment env = frontier::test::commandEnvironment();
    env.insert(QStringLiteral("FRONTIER_ATLAS_DATA"), QStringLiteral(FRONTIER_MAPS_DIR));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    const QString png = dir.filePath(name);
    const auto r = frontier::test::runProgram(
        QStringLiteral(FRONTIER_BINARY),
        QStringList{QStringLiteral("export"), QStringLiteral("--date"),
                    QStringLiteral("2019-09-30"), QStringLiteral("--output"), png} +
            more,
        env);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(png);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return {r.err.contains(QStringLiteral("libfrontier-gdal")), f.readAll()};
}

} // namespace

TEST(ExportCommandTest, ASecondExportReadsTheBasemapWithoutLoadingGdal)
{
    QTemporaryDir dir;
    const auto [firstLoadedGdal, first] = exportNotingGdal(dir, QStringLiteral("first.png"));
    const auto [secondLoadedGdal, second] = exportNotingGdal(dir, QStringLiteral("second.png"));
    EXPECT_TRUE(firstLoadedGdal);
    EXPECT_FALSE(secondLoadedGdal);
    EXPECT_FALSE(first.isEmpty());
    EXPECT_EQ(second, first); // byte for byte
}

// The analyst's layers are kept like the basemap: a second export of the same files draws them
// without GDAL, the same to the byte, and a changed file is read again.
TEST(ExportCommandTest, ASecondExportReadsTheSameLayersWithoutLoadingGdal)
{
    QTemporaryDir dir;
    const QString layer = dir.filePath(QStringLiteral("area.geojson"));
    const auto writeLayer = [&layer](const char* east) {
        QFile f(layer);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(R"({"type":"FeatureCollection","features":[{"type":"Feature",
"properties":{"name":"area"},"geometry":{"type":"Polygon","coordinates":
[[[40.0,34.0],[)") +
                east + R"(,34.0],[40.5,35.0],[40.0,34.0]]]}}]})");
    };
    const QStringList withLayer{QStringLiteral("--layer"), layer};
    writeLayer("41.0");
    const auto [firstLoadedGdal, first] =
        exportNotingGdal(dir, QStringLiteral("first.png"), withLayer);
    const auto [secondLoadedGdal, second] =
        exportNotingGdal(dir, QStringLiteral("second.png"), withLayer);
    EXPECT_TRUE(firstLoadedGdal);
    EXPECT_FALSE(secondLoadedGdal);
    EXPECT_FALSE(first.isEmpty());
    EXPECT_EQ(second, first); // byte for byte

    writeLayer("41.5");
    const auto [changedLoadedGdal, changed] =
        exportNotingGdal(dir, QStringLiteral("changed.png"), withLayer);
    EXPECT_TRUE(changedLoadedGdal);
    EXPECT_NE(changed, first);
}
