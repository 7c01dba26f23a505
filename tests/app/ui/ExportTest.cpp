#include "UiTest.h"
#include "app/RunCli.h"
#include "ui/MapCanvas.h"

#include <QDir>
#include <QImage>

namespace frontier {
namespace {

using test::WindowTest;

TEST_F(WindowTest, TheWindowsSnapshotIsTheCommandsImage)
{
    QTemporaryDir dir;
    SnapshotDialog::Options o;
    o.path = dir.filePath(QStringLiteral("window.png"));
    o.size = QSize(960, 540);
    o.legend = false;
    ASSERT_EQ(window->exports()->exportSnapshot(o), QString());
    const QString cliPath = dir.filePath(QStringLiteral("cli.png"));
    const auto run = test::runCli({QStringLiteral("export"), QStringLiteral("--date"),
                                   QStringLiteral("2019-09-30"), QStringLiteral("--size"),
                                   QStringLiteral("960x540"), QStringLiteral("--no-legend"),
                                   QStringLiteral("--output"), cliPath});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QImage fromWindow(o.path), fromCli(cliPath);
    ASSERT_FALSE(fromWindow.isNull());
    EXPECT_EQ(fromWindow.size(), QSize(960, 540));
    EXPECT_TRUE(fromWindow == fromCli);
    // The provenance really written, and the same in both (QImageReader::text splits keys at
    // ':', so the chunks are read from the decoded images).
    EXPECT_EQ(fromWindow.text(QStringLiteral("frontier:date")), QStringLiteral("2019-09-30"));
    EXPECT_EQ(fromWindow.text(QStringLiteral("frontier:dataset-sha256")).size(), 64);
    EXPECT_FALSE(fromWindow.text(QStringLiteral("frontier:sources")).isEmpty());
    EXPECT_EQ(fromWindow.textKeys().size(), 9);
    for (const QString& key : fromCli.textKeys())
        EXPECT_EQ(fromWindow.text(key), fromCli.text(key)) << key.toStdString();
    EXPECT_EQ(fromWindow.textKeys(), fromCli.textKeys());
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("window.pgw"))));
}

TEST_F(WindowTest, ACancelledFrameSeriesLeavesOnlyWholeFrames)
{
    QTemporaryDir dir;
    FramesDialog::Options o{Date::fromYmd(2014, 1, 1), Date::fromYmd(2014, 12, 31),
                            FrameSeries::Step::Month, dir.filePath(QStringLiteral("frames")),
                            QSize(320, 180)};
    const int written = window->exports()->exportFrames(o, [](int done, int) { return done < 3; });
    EXPECT_EQ(written, 3);
    const QStringList files =
        QDir(o.directory).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    ASSERT_EQ(files,
              (QStringList{QStringLiteral("frame_00000.png"), QStringLiteral("frame_00001.png"),
                           QStringLiteral("frame_00002.png")}));
    for (const QString& f : files)
        EXPECT_EQ(QImage(QDir(o.directory).filePath(f)).size(), QSize(320, 180));
    EXPECT_EQ(QDir(o.directory).entryList(QDir::Files).filter(QStringLiteral(".tmp")).size(), 0);

    EXPECT_EQ(window->exports()->exportFrames(o, [](int, int) { return true; }), 12);
}

} // namespace
} // namespace frontier
