// What `export`, `export-frames`, `layout` and `events --gpkg` do when the disk is full, the folder
// is read-only or a folder stands where a file goes: exit 1 with a message naming the file, the
// earlier files byte for byte as they were, and no temporary file left behind.
#include "RunCli.h"
#include "WriteFaults.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace frontier::test {
namespace {

const QStringList kSet{QStringLiteral("snap.png"), QStringLiteral("snap.pgw"),
                       QStringLiteral("snap.prj")};

class WriteFailureTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(root.isValid());
        // QTemporaryDir is private to root; nobody must reach the folders inside.
        ASSERT_EQ(chmod(QFile::encodeName(root.path()).constData(), 0755), 0);
        ASSERT_TRUE(QDir(root.path()).mkdir(QStringLiteral("out")));
        dir = root.filePath(QStringLiteral("out"));
    }
    void TearDown() override { chmod(QFile::encodeName(dir).constData(), 0755); }

    /// Earlier files with known bytes; returns them for comparing.
    std::map<QString, QByteArray> writeEarlier(const QStringList& names)
    {
        std::map<QString, QByteArray> earlier;
        for (const QString& name : names) {
            earlier[name] = "earlier " + name.toUtf8();
            EXPECT_TRUE(writeBytes(QDir(dir).filePath(name), earlier[name]));
        }
        return earlier;
    }
    void expectIntact(const std::map<QString, QByteArray>& earlier,
                      const QStringList& alsoThere = {})
    {
        QStringList names = alsoThere;
        for (const auto& [name, bytes] : earlier) {
            EXPECT_EQ(fileBytes(QDir(dir).filePath(name)), bytes) << name.toStdString();
            names << name;
        }
        names.sort();
        EXPECT_EQ(entries(dir), names) << "a temporary file was left behind, or a file replaced";
    }
    QStringList exportArgs() const
    {
        return {QStringLiteral("export"),   QStringLiteral("--date"),  QStringLiteral("2019-09-30"),
                QStringLiteral("--size"),   QStringLiteral("800x600"), QStringLiteral("--output"),
                QDir(dir).filePath(kSet[0])};
    }
    QStringList framesArgs() const
    {
        return {QStringLiteral("export-frames"),
                QStringLiteral("--from"),
                QStringLiteral("2017-10-01"),
                QStringLiteral("--to"),
                QStringLiteral("2017-12-31"),
                QStringLiteral("--size"),
                QStringLiteral("320x200"),
                QStringLiteral("--output-dir"),
                dir};
    }
    QStringList videoArgs() const
    {
        return {QStringLiteral("export-frames"),
                QStringLiteral("--from"),
                QStringLiteral("2017-01-01"),
                QStringLiteral("--to"),
                QStringLiteral("2017-12-31"),
                QStringLiteral("--size"),
                QStringLiteral("320x200"),
                QStringLiteral("--output"),
                QDir(dir).filePath(QStringLiteral("anim.mp4"))};
    }
    void makeReadOnly() { ASSERT_EQ(chmod(QFile::encodeName(dir).constData(), 0555), 0); }

    QTemporaryDir root;
    QString dir;
};

void expectFailureNaming(const CliRun& r, const QString& file, const QString& why)
{
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(file))
        << "should name " << file.toStdString() << ": " << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(why))
        << "should say " << why.toStdString() << ": " << r.err.toStdString();
}

TEST_F(WriteFailureTest, ExportOnAFullDiskKeepsTheEarlierSet)
{
    const auto earlier = writeEarlier(kSet);
    // 4 KiB a file: the world and CRS files fit, the PNG does not.
    expectFailureNaming(runCli(exportArgs(), childFileSizeLimit(4096)), QDir(dir).filePath(kSet[0]),
                        QStringLiteral("File too large"));
    expectIntact(earlier);
}

TEST_F(WriteFailureTest, ExportIntoAReadOnlyFolderKeepsTheEarlierSet)
{
    const auto earlier = writeEarlier(kSet);
    makeReadOnly();
    expectFailureNaming(runCli(exportArgs(), becomeNobody), QDir(dir).filePath(kSet[0]),
                        QStringLiteral("cannot write"));
    expectIntact(earlier);
}

TEST_F(WriteFailureTest, AFolderWhereTheWorldFileGoesKeepsTheEarlierPng)
{
    const auto earlier = writeEarlier({kSet[0]});
    ASSERT_TRUE(QDir(dir).mkdir(kSet[1]));
    expectFailureNaming(runCli(exportArgs()), QDir(dir).filePath(kSet[1]),
                        QStringLiteral("is a folder"));
    expectIntact(earlier, {kSet[1]});
}

TEST_F(WriteFailureTest, LayoutOnAFullDiskKeepsTheEarlierPdf)
{
    const auto earlier = writeEarlier({QStringLiteral("report.pdf")});
    const QString path = QDir(dir).filePath(QStringLiteral("report.pdf"));
    expectFailureNaming(runCli({QStringLiteral("layout"), QStringLiteral("--date"),
                                QStringLiteral("2019-09-30"), QStringLiteral("--output"), path},
                               childFileSizeLimit(4096)),
                        path, QStringLiteral("File too large"));
    expectIntact(earlier);
}

// The PNG pages are one set: a folder where the second page goes keeps the earlier first page.
TEST_F(WriteFailureTest, AFolderWhereALayoutPageGoesKeepsTheEarlierPages)
{
    const auto earlier = writeEarlier({QStringLiteral("report.png")});
    ASSERT_TRUE(QDir(dir).mkdir(QStringLiteral("report-2.png")));
    expectFailureNaming(
        runCli({QStringLiteral("layout"), QStringLiteral("--date"), QStringLiteral("2019-09-30"),
                QStringLiteral("--dpi"), QStringLiteral("48"), QStringLiteral("--output"),
                QDir(dir).filePath(QStringLiteral("report.png"))}),
        QDir(dir).filePath(QStringLiteral("report-2.png")), QStringLiteral("is a folder"));
    expectIntact(earlier, {QStringLiteral("report-2.png")});
}

TEST_F(WriteFailureTest, LayoutIntoAReadOnlyFolderKeepsTheEarlierPdf)
{
    const auto earlier = writeEarlier({QStringLiteral("report.pdf")});
    makeReadOnly();
    const QString path = QDir(dir).filePath(QStringLiteral("report.pdf"));
    expectFailureNaming(runCli({QStringLiteral("layout"), QStringLiteral("--date"),
                                QStringLiteral("2019-09-30"), QStringLiteral("--output"), path},
                               becomeNobody),
                        path, QStringLiteral("cannot write"));
    expectIntact(earlier);
}

TEST_F(WriteFailureTest, EventLayersOnAFullDiskKeepTheEarlierGeoPackage)
{
    const auto earlier = writeEarlier({QStringLiteral("atlas.gpkg")});
    const QString path = QDir(dir).filePath(QStringLiteral("atlas.gpkg"));
    expectFailureNaming(runCli({QStringLiteral("events"), QStringLiteral("--gpkg"), path},
                               childFileSizeLimit(4096)),
                        path, QStringLiteral("File too large"));
    expectIntact(earlier);
}

TEST_F(WriteFailureTest, EventLayersIntoAReadOnlyFolderKeepTheEarlierGeoPackage)
{
    const auto earlier = writeEarlier({QStringLiteral("atlas.gpkg")});
    makeReadOnly();
    const QString path = QDir(dir).filePath(QStringLiteral("atlas.gpkg"));
    expectFailureNaming(
        runCli({QStringLiteral("events"), QStringLiteral("--gpkg"), path}, becomeNobody), path,
        QStringLiteral("cannot write"));
    expectIntact(earlier);
}

TEST_F(WriteFailureTest, FramesOnAFullDiskKeepTheEarlierFrame)
{
    const auto earlier = writeEarlier({QStringLiteral("frame_2017-10-01.png")});
    expectFailureNaming(runCli(framesArgs(), childFileSizeLimit(2048)),
                        QDir(dir).filePath(QStringLiteral("frame_2017-10-01.png")),
                        QStringLiteral("File too large"));
    expectIntact(earlier);
}

TEST_F(WriteFailureTest, FramesIntoAReadOnlyFolderKeepTheEarlierFrame)
{
    const auto earlier = writeEarlier({QStringLiteral("frame_2017-10-01.png")});
    makeReadOnly();
    expectFailureNaming(runCli(framesArgs(), becomeNobody),
                        QDir(dir).filePath(QStringLiteral("frame_2017-10-01.png")),
                        QStringLiteral("cannot write"));
    expectIntact(earlier);
}

TEST_F(WriteFailureTest, AFolderWhereAFrameGoesStopsTheSeriesThere)
{
    ASSERT_TRUE(QDir(dir).mkdir(QStringLiteral("frame_2017-11-01.png")));
    expectFailureNaming(runCli(framesArgs()),
                        QDir(dir).filePath(QStringLiteral("frame_2017-11-01.png")),
                        QStringLiteral("is a folder"));
    // The frame before is whole; nothing of the failed one or after it exists.
    EXPECT_EQ(QImage(QDir(dir).filePath(QStringLiteral("frame_2017-10-01.png"))).size(),
              QSize(320, 200));
    EXPECT_EQ(entries(dir), (QStringList{QStringLiteral("frame_2017-10-01.pgw"),
                                         QStringLiteral("frame_2017-10-01.png"),
                                         QStringLiteral("frame_2017-10-01.prj"),
                                         QStringLiteral("frame_2017-11-01.png")}));
}

TEST_F(WriteFailureTest, AVideoOnAFullDiskKeepsTheEarlierVideo)
{
    const auto earlier = writeEarlier({QStringLiteral("anim.mp4")});
    expectFailureNaming(runCli(videoArgs(), childFileSizeLimit(2048)),
                        QDir(dir).filePath(QStringLiteral("anim.mp4")),
                        QStringLiteral("File too large"));
    expectIntact(earlier);
}

TEST_F(WriteFailureTest, AVideoIntoAReadOnlyFolderKeepsTheEarlierVideo)
{
    const auto earlier = writeEarlier({QStringLiteral("anim.mp4")});
    makeReadOnly();
    expectFailureNaming(runCli(videoArgs(), becomeNobody),
                        QDir(dir).filePath(QStringLiteral("anim.mp4")),
                        QStringLiteral("cannot write"));
    expectIntact(earlier);
}

} // namespace
} // namespace frontier::test
