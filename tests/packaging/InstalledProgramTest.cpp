// The program as installed (InstallTree: a DESTDIR at a prefix other than the configured one):
// the standard tree, and the installed program's commands on the data it finds beside itself.
#include "Ffprobe.h"
#include "app/RunCli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using frontier::test::CliRun;

namespace {

const QString kData = QStringLiteral(FRONTIER_INSTALLED_DATADIR);

// The installed program with no dataset named: it must find the bundled one itself.
CliRun runInstalled(const QStringList& args)
{
    QProcessEnvironment env = frontier::test::commandEnvironment();
    env.remove(QStringLiteral("FRONTIER_ATLAS_DATA"));
    return frontier::test::runProgram(QStringLiteral(FRONTIER_INSTALLED_BINARY), args, env);
}

TEST(InstalledProgramTest, LaysOutTheStandardTree)
{
    const QString id = QStringLiteral(FRONTIER_APP_ID);
    EXPECT_TRUE(QFileInfo(QStringLiteral(FRONTIER_INSTALLED_BINARY)).isExecutable());
    for (const QString& file : {QStringLiteral("frontier-atlas/maps/dataset.json"),
                                QStringLiteral("frontier-atlas/maps/events.geojson"),
                                QStringLiteral("applications/%1.desktop").arg(id),
                                QStringLiteral("metainfo/%1.metainfo.xml").arg(id),
                                QStringLiteral("icons/hicolor/scalable/apps/%1.svg").arg(id)})
        EXPECT_TRUE(QFileInfo::exists(QDir(kData).filePath(file))) << file.toStdString();
    EXPECT_TRUE(
        QFileInfo::exists(QStringLiteral(FRONTIER_INSTALLED_MANDIR "/man1/frontier-atlas.1")));
}

TEST(InstalledProgramTest, ReadsTheDataOfItsOwnPrefix)
{
    const CliRun r = runInstalled({QStringLiteral("info")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString maps =
        QFileInfo(kData + QStringLiteral("/frontier-atlas/maps")).canonicalFilePath();
    EXPECT_TRUE(r.out.contains(QStringLiteral("(%1)").arg(maps))) << r.out.toStdString();
}

TEST(InstalledProgramTest, ExportsAPngOfTheRequestedSize)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("snapshot.png"));
    const CliRun r = runInstalled({QStringLiteral("export"), QStringLiteral("--date"),
                                   QStringLiteral("2019-09-30"), QStringLiteral("--output"), png,
                                   QStringLiteral("--size"), QStringLiteral("640x360")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QImageReader reader(png);
    EXPECT_EQ(reader.format(), QByteArray("png"));
    EXPECT_EQ(reader.size(), QSize(640, 360));
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("snapshot.pgw"))));
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("snapshot.prj"))));
}

// The video encoder is a library of its own that the program loads from its install prefix.
TEST(InstalledProgramTest, WritesAVideoWithTheEncoderItInstalled)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString mp4 = dir.filePath(QStringLiteral("anim.mp4"));
    const CliRun r = runInstalled({QStringLiteral("export-frames"), QStringLiteral("--from"),
                                   QStringLiteral("2019-09-01"), QStringLiteral("--to"),
                                   QStringLiteral("2019-10-27"), QStringLiteral("--step"),
                                   QStringLiteral("1w"), QStringLiteral("--size"),
                                   QStringLiteral("320x180"), QStringLiteral("--output"), mp4});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const frontier::test::Probe p = frontier::test::probe(mp4);
    EXPECT_EQ(p.codec, QStringLiteral("h264")) << p.error.toStdString();
    EXPECT_EQ(p.size, QSize(320, 180));
    EXPECT_EQ(p.frames, 9);
}

// GDAL is a module the program loads when it first reads a layer, not a library it links: GDAL's
// libraries cost every start their linking before main() (see GdalIo).
TEST(InstalledProgramTest, LoadsGdalOnlyAsItsModule)
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(FRONTIER_INSTALLED_BINARY)});
    ASSERT_TRUE(ldd.waitForFinished(30000));
    const QString linked = QString::fromLocal8Bit(ldd.readAllStandardOutput());
    EXPECT_TRUE(linked.contains(QStringLiteral("libQt6Core"))) << linked.toStdString();
    EXPECT_FALSE(linked.contains(QStringLiteral("libgdal"))) << linked.toStdString();

    // Without its module the program says which file is missing, and fails.
    QTemporaryDir prefix;
    ASSERT_TRUE(prefix.isValid());
    ASSERT_TRUE(QDir(prefix.path()).mkdir(QStringLiteral("bin")));
    const QString binary = prefix.filePath(QStringLiteral("bin/frontier-atlas"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(FRONTIER_INSTALLED_BINARY), binary));
    ASSERT_TRUE(QFile::link(kData, prefix.filePath(QStringLiteral("share"))));
    QProcessEnvironment env = frontier::test::commandEnvironment();
    env.remove(QStringLiteral("FRONTIER_ATLAS_DATA"));
    const CliRun r = frontier::test::runProgram(binary, {QStringLiteral("info")}, env);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("the GDAL module: ")) &&
                r.err.contains(QStringLiteral("libexec/frontier-atlas/libfrontier-gdal.so is "
                                              "missing")))
        << r.err.toStdString();
}

TEST(InstalledProgramTest, PrintsTheStateOfTheCrossings)
{
    const CliRun r = runInstalled(
        {QStringLiteral("state"), QStringLiteral("--date"), QStringLiteral("2019-09-30")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // al-Qaim / Albu Kamal reopened that day.
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("al-Qaim / Albu Kamal  [qaim-albukamal]\n  status  open")))
        << r.out.toStdString();
}

} // namespace
