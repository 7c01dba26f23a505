#include "render/export/VideoEncoder.h"
#include "Ffprobe.h"
#include "GuiApp.h"
#include "WriteFaults.h"

#include <QDir>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontier;

namespace {

const QSize kSize(64, 48);

/// Frame `i`: flat colours as the maps have, a square moving across a background.
QImage frame(int i)
{
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0xf5, 0xf0, 0xe1));
    QPainter p(&image);
    p.fillRect(QRect(4 + 6 * i, 10, 16, 16), QColor(0x00, 0x72, 0xb2));
    p.fillRect(QRect(0, 40, 64, 8), QColor(0xe6, 0x9f, 0x00));
    return image;
}

FramePalette paletteOf(int frames)
{
    std::vector<QImage> samples;
    for (int i = 0; i < frames; ++i)
        samples.push_back(frame(i));
    return FramePalette(samples);
}

class VideoEncoderFormats : public ::testing::TestWithParam<VideoFormat>,
                            protected test::GuiAppFirst {};

TEST_P(VideoEncoderFormats, DecodeToEveryFrameAndRepeatAtTheirSize)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("anim.") + VideoFormats::name(GetParam()));
    {
        VideoEncoder encoder(path, {GetParam(), kSize, 4}, paletteOf(5));
        ASSERT_EQ(encoder.error(), QString());
        for (int i = 0; i < 5; ++i)
            ASSERT_EQ(encoder.add(frame(i), i == 2 ? 3 : 1), QString());
        EXPECT_EQ(encoder.frames(), 7);
        EXPECT_FALSE(QFile::exists(path)) << "the file appears only when whole";
        ASSERT_EQ(encoder.finish(), QString());
    }
    const test::Probe p = test::probe(path);
    EXPECT_EQ(p.error, QString());
    EXPECT_EQ(p.codec, QString::fromLatin1(GetParam() == VideoFormat::Mp4    ? "h264"
                                           : GetParam() == VideoFormat::WebM ? "vp9"
                                                                             : "gif"));
    EXPECT_EQ(p.size, kSize);
    EXPECT_EQ(p.frames, 7);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QFileInfo(path).fileName()});
}

INSTANTIATE_TEST_SUITE_P(AllFormats, VideoEncoderFormats,
                         ::testing::Values(VideoFormat::Mp4, VideoFormat::WebM, VideoFormat::Gif),
                         [](const auto& info) {
                             return VideoFormats::name(info.param).toStdString();
                         });

TEST(VideoEncoderTest, AGifShowsTheFramesColoursExactly)
{
    test::guiApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("anim.gif"));
    VideoEncoder encoder(path, {VideoFormat::Gif, kSize, 4}, paletteOf(3));
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(encoder.add(frame(i)), QString());
    ASSERT_EQ(encoder.finish(), QString());
    // Qt's GIF reader composes each frame over the one before, as a viewer does: the frames
    // after the first store only what changed.
    QImageReader reader(path);
    for (int i = 0; i < 3; ++i) {
        const QImage decoded = reader.read().convertToFormat(QImage::Format_RGB32);
        ASSERT_FALSE(decoded.isNull()) << "frame " << i;
        EXPECT_TRUE(decoded == frame(i).convertToFormat(QImage::Format_RGB32)) << "frame " << i;
    }
}

TEST(VideoEncoderTest, AnUnfinishedVideoLeavesNoFileAndTheEarlierOneIntact)
{
    test::guiApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("anim.mp4"));
    ASSERT_TRUE(test::writeBytes(path, "earlier"));
    {
        VideoEncoder encoder(path, {VideoFormat::Mp4, kSize, 4});
        ASSERT_EQ(encoder.error(), QString());
        for (int i = 0; i < 3; ++i)
            ASSERT_EQ(encoder.add(frame(i)), QString());
    } // cancelled: destroyed unfinished
    EXPECT_EQ(test::fileBytes(path), QByteArray("earlier"));
    EXPECT_EQ(test::entries(dir.path()), QStringList{QStringLiteral("anim.mp4")});
}

TEST(VideoEncoderTest, AFullDiskIsAnErrorNamingTheFileAndLeavesNoPartialFile)
{
    test::guiApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("anim.gif"));
    QString error;
    {
        const test::FileSizeLimit full(2048);
        VideoEncoder encoder(path, {VideoFormat::Gif, QSize(320, 240), 4}, paletteOf(1));
        QImage noise(320, 240, QImage::Format_RGB32);
        for (int y = 0; y < noise.height(); ++y)
            for (int x = 0; x < noise.width(); ++x)
                noise.setPixel(x, y, qRgb((x * 37 + y * 11) % 256, (x * y) % 256, (x + y) % 256));
        for (int i = 0; i < 3 && error.isEmpty(); ++i)
            error = encoder.add(noise);
        if (error.isEmpty())
            error = encoder.finish();
    }
    EXPECT_TRUE(error.startsWith(path + QStringLiteral(": write failed: File too large")))
        << error.toStdString();
    EXPECT_TRUE(test::entries(dir.path()).isEmpty())
        << test::entries(dir.path()).join(' ').toStdString();
}

TEST(VideoEncoderTest, AFolderThatIsNotThereOrAFolderInTheWayIsAnError)
{
    test::guiApp();
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/anim.mp4"));
    const VideoEncoder a(missing, {VideoFormat::Mp4, kSize, 4});
    EXPECT_TRUE(a.error().startsWith(missing + QStringLiteral(": cannot write")))
        << a.error().toStdString();
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("anim.webm")));
    const QString folder = dir.filePath(QStringLiteral("anim.webm"));
    const VideoEncoder b(folder, {VideoFormat::WebM, kSize, 4});
    EXPECT_EQ(b.error(), folder + QStringLiteral(": is a folder"));
}

TEST(VideoEncoderTest, AFrameOfAnotherSizeIsRefused)
{
    test::guiApp();
    QTemporaryDir dir;
    VideoEncoder encoder(dir.filePath(QStringLiteral("anim.mp4")), {VideoFormat::Mp4, kSize, 4});
    EXPECT_TRUE(
        encoder.add(QImage(10, 10, QImage::Format_RGB32)).contains(QStringLiteral("10x10")));
}

TEST(VideoFormatTest, NamesSuffixesAndEvenSidesForH264)
{
    EXPECT_EQ(VideoFormats::fromPath(QStringLiteral("out/Anim.GIF")), VideoFormat::Gif);
    EXPECT_EQ(VideoFormats::fromName(QStringLiteral("webm")), VideoFormat::WebM);
    EXPECT_FALSE(VideoFormats::fromPath(QStringLiteral("anim.avi")));
    EXPECT_FALSE(VideoFormats::fromName(QStringLiteral("png")));
    EXPECT_EQ(VideoFormats::frameSize(VideoFormat::Mp4, QSize(321, 201)), QSize(322, 202));
    EXPECT_EQ(VideoFormats::frameSize(VideoFormat::Mp4, QSize(320, 200)), QSize(320, 200));
    EXPECT_EQ(VideoFormats::frameSize(VideoFormat::Gif, QSize(321, 201)), QSize(321, 201));
}

TEST(FramePaletteTest, KeepsAFewFlatColoursExactlyAndTheLastEntryFree)
{
    FramePalette palette = paletteOf(4);
    const auto& e = palette.entries();
    for (QRgb c : {qRgb(0xf5, 0xf0, 0xe1), qRgb(0x00, 0x72, 0xb2), qRgb(0xe6, 0x9f, 0x00)})
        EXPECT_NE(std::find(e.begin(), e.end() - 1, c), e.end() - 1) << std::hex << c;
    EXPECT_EQ(qAlpha(e[FramePalette::kColours]), 0);
    const QImage image = frame(1);
    std::vector<std::uint8_t> indices(static_cast<std::size_t>(kSize.width() * kSize.height()));
    palette.map(image, indices.data(), kSize.width());
    for (int y = 0; y < kSize.height(); ++y)
        for (int x = 0; x < kSize.width(); ++x)
            ASSERT_EQ(e[indices[std::size_t(y * kSize.width() + x)]],
                      image.pixel(x, y) | 0xff000000u)
                << x << "," << y;
}

TEST(FramePaletteTest, ManyColoursGetTheNearestOfTheirCut)
{
    // A smooth ramp of 4096 colours: 255 entries draw it within a few levels a channel.
    QImage ramp(64, 64, QImage::Format_RGB32);
    for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 64; ++x)
            ramp.setPixel(x, y, qRgb(x * 4, y * 4, 128));
    FramePalette palette(std::span(&ramp, 1));
    std::vector<std::uint8_t> indices(64 * 64);
    palette.map(ramp, indices.data(), 64);
    int worst = 0;
    for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 64; ++x) {
            const QRgb got = palette.entries()[indices[std::size_t(y * 64 + x)]];
            worst = std::max({worst, std::abs(qRed(got) - x * 4), std::abs(qGreen(got) - y * 4),
                              std::abs(qBlue(got) - 128)});
        }
    EXPECT_LE(worst, 16);
    EXPECT_LT(indices.front(), FramePalette::kColours);
}

} // namespace
