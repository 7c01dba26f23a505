#include "render/export/SnapshotWriter.h"
#include "WriteFaults.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontier;

namespace {

SnapshotWriter::Georef georef()
{
    // 1000 m per logical pixel, 200×100 px, centred on (500000, 3800000).
    return {Viewport(MapRect{400000, 3750000, 600000, 3850000}, QSizeF(200, 100)), 1.0,
            QStringLiteral("PROJCS[\"test\"]")};
}

QImage image()
{
    QImage img(200, 100, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::darkCyan);
    return img;
}

QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TEST(SnapshotWriterTest, WorldFileDescribesTheUpperLeftPixelCentre)
{
    const QStringList lines =
        SnapshotWriter::worldFile(georef()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6);
    EXPECT_DOUBLE_EQ(lines[0].toDouble(), 1000);
    EXPECT_DOUBLE_EQ(lines[1].toDouble(), 0);
    EXPECT_DOUBLE_EQ(lines[2].toDouble(), 0);
    EXPECT_DOUBLE_EQ(lines[3].toDouble(), -1000);
    EXPECT_DOUBLE_EQ(lines[4].toDouble(), 400500);
    EXPECT_DOUBLE_EQ(lines[5].toDouble(), 3849500);
}

TEST(SnapshotWriterTest, HighDpiHalvesThePixelSize)
{
    auto g = georef();
    g.devicePixelRatio = 2;
    const QStringList lines =
        SnapshotWriter::worldFile(g).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_DOUBLE_EQ(lines[0].toDouble(), 500);
    EXPECT_DOUBLE_EQ(lines[4].toDouble(), 400250);
}

TEST(SnapshotWriterTest, WritesPngWorldFileAndPrjWithText)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("map.png"));
    ASSERT_TRUE(SnapshotWriter::write(
                    image(), png, georef(),
                    {{QStringLiteral("frontier:date"), QStringLiteral("2019-09-30")}}, 150)
                    .isEmpty());
    QImageReader reader(png);
    EXPECT_EQ(reader.format(), "png");
    const QImage back = reader.read();
    EXPECT_EQ(back.size(), QSize(200, 100));
    EXPECT_EQ(back.text(QStringLiteral("frontier:date")), QStringLiteral("2019-09-30"));
    EXPECT_NEAR(back.dotsPerMeterX() * 0.0254, 150, 0.5);
    EXPECT_EQ(read(dir.filePath(QStringLiteral("map.pgw"))),
              SnapshotWriter::worldFile(georef()).toUtf8());
    EXPECT_EQ(read(dir.filePath(QStringLiteral("map.prj"))), QByteArray("PROJCS[\"test\"]"));
    // Only the three files: no temporary file is left behind.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 3);
}

TEST(SnapshotWriterTest, AFailedEncodingLeavesTheEarlierFileIntact)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("map.png"));
    QFile old(png);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("earlier snapshot");
    old.close();
    const QString error = SnapshotWriter::write(QImage(), png, georef(), {});
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(read(png), QByteArray("earlier snapshot"));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("map.pgw"))));
}

TEST(SnapshotWriterTest, AFolderOrAMissingFolderIsAClearError)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("taken.png"));
    const QString onFolder =
        SnapshotWriter::write(image(), dir.filePath(QStringLiteral("taken.png")), georef(), {});
    EXPECT_TRUE(onFolder.contains(QStringLiteral("is a folder"))) << onFolder.toStdString();
    EXPECT_TRUE(QFileInfo(dir.filePath(QStringLiteral("taken.png"))).isDir());
    const QString missing = SnapshotWriter::write(
        image(), dir.filePath(QStringLiteral("no/such/dir/map.png")), georef(), {});
    EXPECT_TRUE(missing.contains(QStringLiteral("map.png"))) << missing.toStdString();
}

/// Three earlier files of a snapshot with known bytes.
QStringList writeEarlierSet(const QTemporaryDir& dir)
{
    const QStringList names{QStringLiteral("map.pgw"), QStringLiteral("map.png"),
                            QStringLiteral("map.prj")};
    for (const QString& n : names)
        EXPECT_TRUE(test::writeBytes(dir.filePath(n), "earlier " + n.toUtf8()));
    return names;
}

TEST(SnapshotWriterTest, AFullDiskLeavesTheEarlierSetIntact)
{
    QTemporaryDir dir;
    const QStringList earlier = writeEarlierSet(dir);
    // A small PNG: it stays in QSaveFile's buffer until the flush, where the full disk shows.
    QString error;
    {
        const test::FileSizeLimit full(64);
        error =
            SnapshotWriter::write(image(), dir.filePath(QStringLiteral("map.png")), georef(), {});
    }
    EXPECT_TRUE(error.contains(dir.filePath(QStringLiteral("map.png")))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("File too large"))) << error.toStdString();
    for (const QString& n : earlier)
        EXPECT_EQ(test::fileBytes(dir.filePath(n)), "earlier " + n.toUtf8());
    EXPECT_EQ(test::entries(dir.path()), earlier);
}

TEST(SnapshotWriterTest, AFolderWhereTheCrsFileGoesReplacesNothing)
{
    QTemporaryDir dir;
    QStringList earlier = writeEarlierSet(dir);
    ASSERT_TRUE(QFile::remove(dir.filePath(QStringLiteral("map.prj"))));
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("map.prj")));
    const QString error =
        SnapshotWriter::write(image(), dir.filePath(QStringLiteral("map.png")), georef(), {});
    EXPECT_TRUE(error.contains(dir.filePath(QStringLiteral("map.prj: is a folder"))))
        << error.toStdString();
    for (const QString& n : {QStringLiteral("map.pgw"), QStringLiteral("map.png")})
        EXPECT_EQ(test::fileBytes(dir.filePath(n)), "earlier " + n.toUtf8());
    EXPECT_EQ(test::entries(dir.path()), earlier);
}

TEST(SnapshotWriterTest, ANameOfNoImageFormatIsRefused)
{
    QTemporaryDir dir;
    for (const char* name : {"map.pgw", "map.prj", "map.gif", "map"}) {
        const QString error =
            SnapshotWriter::write(image(), dir.filePath(QString::fromLatin1(name)), georef(), {});
        EXPECT_TRUE(
            error.contains(QStringLiteral("name the image .png, .jpg, .jpeg, .tif or .tiff")))
            << error.toStdString();
    }
    EXPECT_TRUE(test::entries(dir.path()).isEmpty());
}

TEST(SnapshotWriterTest, JpegAndTiffGetTheirOwnWorldFileAndJpegKeepsItsText)
{
    QTemporaryDir dir;
    const QMap<QString, QString> text{
        {QStringLiteral("frontier:date"), QStringLiteral("2019-09-30")},
        {QStringLiteral("Title"), QStringLiteral("Iraq–Syria")}};
    ASSERT_EQ(SnapshotWriter::write(image(), dir.filePath(QStringLiteral("map.jpeg")), georef(),
                                    text, 150),
              QString());
    ASSERT_EQ(
        SnapshotWriter::write(image(), dir.filePath(QStringLiteral("map.tiff")), georef(), text),
        QString());
    EXPECT_EQ(read(dir.filePath(QStringLiteral("map.jgw"))),
              SnapshotWriter::worldFile(georef()).toUtf8());
    EXPECT_EQ(read(dir.filePath(QStringLiteral("map.tfw"))),
              SnapshotWriter::worldFile(georef()).toUtf8());
    EXPECT_TRUE(read(dir.filePath(QStringLiteral("map.jpeg"))).startsWith("\xff\xd8\xff"));
    EXPECT_TRUE(read(dir.filePath(QStringLiteral("map.tiff"))).startsWith(QByteArray("II*\0", 4)));
    QImageReader jpeg(dir.filePath(QStringLiteral("map.jpeg")));
    EXPECT_EQ(jpeg.text(QStringLiteral("frontier-date")), QStringLiteral("2019-09-30"));
    EXPECT_EQ(jpeg.text(QStringLiteral("Title")), QStringLiteral("Iraq–Syria"));
    const QImage back = jpeg.read();
    EXPECT_EQ(back.size(), QSize(200, 100));
    EXPECT_NEAR(back.dotsPerMeterX() * 0.0254, 150, 0.5); // JFIF stores whole dots per inch
    const QImage tiff(dir.filePath(QStringLiteral("map.tiff")));
    EXPECT_EQ(tiff.pixel(10, 10), QColor(Qt::darkCyan).rgb());
}

} // namespace
