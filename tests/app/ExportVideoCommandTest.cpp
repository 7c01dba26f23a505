// `export-frames --output FILE`: one video, its format from the name or --format, and the
// arguments it refuses.
#include "Ffprobe.h"
#include "RunCli.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using frontier::test::runCli;

namespace {

QStringList framesOf2017Q4(const QStringList& more)
{
    return QStringList{QStringLiteral("export-frames"), QStringLiteral("--from"),
                       QStringLiteral("2017-10-01"),    QStringLiteral("--to"),
                       QStringLiteral("2017-12-31"),    QStringLiteral("--size"),
                       QStringLiteral("161x101")} +
           more;
}

TEST(ExportVideoCommandTest, WritesOneVideoInTheFormatItsNameOrFormatSays)
{
    QTemporaryDir dir;
    struct Case {
        QString name;
        QStringList extra;
        QString codec;
        QSize size;
        int frames;
    };
    const std::vector<Case> cases{
        {QStringLiteral("anim.mp4"),
         {QStringLiteral("--fps"), QStringLiteral("2")},
         QStringLiteral("h264"),
         QSize(162, 102),
         3},
        {QStringLiteral("anim.webm"), {}, QStringLiteral("vp9"), QSize(161, 101), 3},
        {QStringLiteral("animation"),
         {QStringLiteral("--format"), QStringLiteral("gif")},
         QStringLiteral("gif"),
         QSize(161, 101),
         3},
        // 2017-11-01 and 2017-12-01 each differ from the month before (al-Qaim / Albu Kamal
        // restricted, then its Iraqi side retaken): each is held a second (2 frames) longer.
        {QStringLiteral("held.mp4"),
         {QStringLiteral("--fps"), QStringLiteral("2"), QStringLiteral("--hold-changes")},
         QStringLiteral("h264"),
         QSize(162, 102),
         7},
    };
    for (const Case& c : cases) {
        const QString path = dir.filePath(c.name);
        const auto r =
            runCli(framesOf2017Q4(QStringList{QStringLiteral("--output"), path} + c.extra));
        ASSERT_EQ(r.exitCode, 0) << c.name.toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("frame 3/3"))) << r.err.toStdString();
        EXPECT_EQ(r.err.contains(QStringLiteral("H.264 needs even sides: drawing 162x102")),
                  c.codec == QLatin1String("h264"))
            << r.err.toStdString();
        const auto p = frontier::test::probe(path);
        EXPECT_EQ(p.codec, c.codec) << c.name.toStdString() << p.error.toStdString();
        EXPECT_EQ(p.size, c.size) << c.name.toStdString();
        EXPECT_EQ(p.frames, c.frames) << c.name.toStdString();
    }
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 4)
        << "no temporary file is left";
}

TEST(ExportVideoCommandTest, RefusesAnOutputItCannotTellOrMixed)
{
    QTemporaryDir dir;
    const QString mp4 = dir.filePath(QStringLiteral("a.mp4")),
                  frames = dir.filePath(QStringLiteral("frames"));
    const std::vector<std::pair<QStringList, QString>> cases{
        {{QStringLiteral("--output"), mp4, QStringLiteral("--output-dir"), frames},
         QStringLiteral("--output and --output-dir together")},
        {{},
         QStringLiteral("--output-dir DIR (image frames) or --output FILE (a video) is required")},
        {{QStringLiteral("--output"), dir.filePath(QStringLiteral("a.avi"))},
         QStringLiteral("name the video .mp4, .webm or .gif")},
        {{QStringLiteral("--output"), mp4, QStringLiteral("--format"), QStringLiteral("gif")},
         QStringLiteral("the name says mp4 but --format is gif")},
        {{QStringLiteral("--output"), mp4, QStringLiteral("--format"), QStringLiteral("png")},
         QStringLiteral("--format png writes a folder of frames")},
        {{QStringLiteral("--output-dir"), frames, QStringLiteral("--format"),
          QStringLiteral("webm")},
         QStringLiteral("--format webm writes one file")},
        {{QStringLiteral("--output-dir"), frames, QStringLiteral("--fps"), QStringLiteral("4")},
         QStringLiteral("--fps is for a video")},
        {{QStringLiteral("--output-dir"), frames, QStringLiteral("--hold-changes")},
         QStringLiteral("--hold-changes is for a video")},
        {{QStringLiteral("--output"), mp4, QStringLiteral("--fps"), QStringLiteral("0")},
         QStringLiteral("--fps 0: expected a whole number of frames a second, 1 to 60")},
        {{QStringLiteral("--output"), mp4, QStringLiteral("--format"), QStringLiteral("avi")},
         QStringLiteral(
             "--format avi: expected png, jpg or tif (image frames), or mp4, webm or gif")},
    };
    for (const auto& [args, message] : cases) {
        const auto r = runCli(framesOf2017Q4(args));
        EXPECT_EQ(r.exitCode, 2) << args.join(' ').toStdString();
        EXPECT_TRUE(r.err.contains(message)) << r.err.toStdString();
    }
    EXPECT_TRUE(QDir(dir.path()).isEmpty()) << "a refused call wrote something";
}

TEST(ExportVideoCommandTest, AnOutputThatCannotBeWrittenExitsOneBeforeLoading)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/a.mp4"));
    auto r = runCli(framesOf2017Q4({QStringLiteral("--output"), missing}));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(missing + QStringLiteral(": no folder"))) << r.err.toStdString();
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("b.gif")));
    const QString folder = dir.filePath(QStringLiteral("b.gif"));
    r = runCli(framesOf2017Q4({QStringLiteral("--output"), folder}));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(folder + QStringLiteral(": is a folder"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("frame 1/"))) << "refused before any frame";
}

} // namespace
