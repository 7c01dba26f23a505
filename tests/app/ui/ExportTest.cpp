#include "Ffprobe.h"
#include "UiTest.h"
#include "app/RunCli.h"
#include "ui/FramesDialog.h"
#include "ui/MapCanvas.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QSpinBox>
#include <QStatusBar>

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
    FramesDialog::Options o;
    o.from = Date::fromYmd(2014, 1, 1);
    o.to = Date::fromYmd(2014, 12, 31);
    o.directory = dir.filePath(QStringLiteral("frames"));
    o.size = QSize(320, 180);
    const auto cancelled =
        window->exports()->exportFrames(o, [](int done, int) { return done < 3; });
    EXPECT_EQ(cancelled.written, 3);
    EXPECT_TRUE(cancelled.cancelled);
    const QStringList files =
        QDir(o.directory).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    ASSERT_EQ(files, (QStringList{QStringLiteral("frame_2014-01-01.png"),
                                  QStringLiteral("frame_2014-02-01.png"),
                                  QStringLiteral("frame_2014-03-01.png")}));
    for (const QString& f : files)
        EXPECT_EQ(QImage(QDir(o.directory).filePath(f)).size(), QSize(320, 180));
    EXPECT_EQ(QDir(o.directory).entryList(QDir::Files).filter(QStringLiteral(".tmp")).size(), 0);

    EXPECT_EQ(window->exports()->exportFrames(o, [](int, int) { return true; }).written, 12);
}

TEST_F(WindowTest, TheWindowsVideoIsWholeOrNotThere)
{
    QTemporaryDir dir;
    FramesDialog::Options o;
    o.from = Date::fromYmd(2014, 1, 1);
    o.to = Date::fromYmd(2014, 6, 30);
    o.size = QSize(200, 120);
    o.video = VideoFormat::Gif;
    o.file = dir.filePath(QStringLiteral("anim.gif"));
    o.fps = 2;
    EXPECT_TRUE(
        window->exports()->exportFrames(o, [](int done, int) { return done < 2; }).cancelled);
    EXPECT_TRUE(QDir(dir.path()).isEmpty()) << "a cancelled video leaves nothing";
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("Cancelled")));

    const auto r = window->exports()->exportFrames(o, [](int, int) { return true; });
    EXPECT_EQ(r.error, QString());
    const test::Probe p = test::probe(o.file);
    EXPECT_EQ(p.frames, 6);
    EXPECT_EQ(p.size, QSize(200, 120));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("anim.gif")));
}

TEST(FramesDialogTest, ChoosingAVideoFormatAsksForAFileAndItsFrameRate)
{
    test::uiApp();
    FramesDialog::Options initial;
    initial.from = Date::fromYmd(2014, 1, 1);
    initial.to = Date::fromYmd(2014, 12, 31);
    initial.directory = QStringLiteral("frames");
    initial.file = QStringLiteral("out/anim.mp4");
    FramesDialog dialog(initial);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("format"));
    auto* file = dialog.findChild<QLineEdit*>(QStringLiteral("file"));
    auto* fps = dialog.findChild<QSpinBox*>(QStringLiteral("fps"));
    auto* hold = dialog.findChild<QCheckBox*>(QStringLiteral("hold"));
    auto* directory = dialog.findChild<QLineEdit*>(QStringLiteral("directory"));
    ASSERT_TRUE(format && file && fps && hold && directory);
    EXPECT_TRUE(directory->isEnabled());
    EXPECT_FALSE(file->isEnabled());
    EXPECT_FALSE(fps->isEnabled());

    format->setFocus();
    QTest::keyClick(format, Qt::Key_End); // the last format: GIF
    EXPECT_FALSE(directory->isEnabled());
    EXPECT_TRUE(file->isEnabled());
    EXPECT_EQ(file->text(), QStringLiteral("out/anim.gif"));
    fps->setFocus();
    fps->selectAll();
    QTest::keyClicks(fps, QStringLiteral("8"));
    QTest::mouseClick(hold, Qt::LeftButton, {}, QPoint(4, hold->height() / 2));
    QTest::keyClick(&dialog, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const FramesDialog::Options o = dialog.options();
    EXPECT_EQ(o.video, VideoFormat::Gif);
    EXPECT_EQ(o.file, QStringLiteral("out/anim.gif"));
    EXPECT_EQ(o.fps, 8);
    EXPECT_TRUE(o.holdChanges);

    FramesDialog again(o);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    auto* format2 = again.findChild<QComboBox*>(QStringLiteral("format"));
    format2->setFocus();
    QTest::keyClick(format2, Qt::Key_Home); // PNG frames
    QTest::keyClick(&again, Qt::Key_Return);
    EXPECT_FALSE(again.options().video);
    EXPECT_EQ(again.options().format, ImageFormat::Png);
    EXPECT_EQ(again.options().directory, QStringLiteral("frames"));
}

} // namespace
} // namespace frontier
