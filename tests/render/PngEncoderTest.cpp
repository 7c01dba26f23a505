#include "render/export/PngEncoder.h"

#include <QBuffer>
#include <QImageReader>

#include <gtest/gtest.h>

using namespace frontier;

namespace {

QImage decode(const QByteArray& png)
{
    QBuffer buffer;
    buffer.setData(png);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    return reader.read();
}

/// A pattern where every pixel differs from its neighbours, so a wrong filter or row shows.
QImage pattern(int w, int h, bool alpha)
{
    QImage img(w, h, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            img.setPixel(x, y,
                         qRgba((x * 7 + y) & 255, (x + y * 13) & 255, (x * y) & 255,
                               alpha ? (x + y) & 255 : 255));
    return img;
}

void expectSamePixels(const QImage& decoded, const QImage& source)
{
    ASSERT_EQ(decoded.size(), source.size());
    const QImage a = decoded.convertToFormat(QImage::Format_ARGB32),
                 b = source.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            ASSERT_EQ(a.pixel(x, y), b.pixel(x, y)) << x << "," << y;
}

TEST(PngEncoderTest, OnePixel)
{
    const QImage img = pattern(1, 1, false);
    expectSamePixels(decode(PngEncoder::encode(img, {})), img);
}

TEST(PngEncoderTest, OddSizesAcrossTheTwoHalves)
{
    for (const QSize size : {QSize(3, 1), QSize(1, 3), QSize(17, 5), QSize(333, 101)}) {
        const QImage img = pattern(size.width(), size.height(), false);
        expectSamePixels(decode(PngEncoder::encode(img, {})), img);
    }
}

TEST(PngEncoderTest, FullyTransparentAndTranslucentKeepTheirAlpha)
{
    QImage clear(40, 30, QImage::Format_ARGB32);
    clear.fill(Qt::transparent);
    const QImage decoded = decode(PngEncoder::encode(clear, {}));
    ASSERT_TRUE(decoded.hasAlphaChannel());
    expectSamePixels(decoded, clear);
    const QImage translucent = pattern(41, 29, true);
    expectSamePixels(decode(PngEncoder::encode(translucent, {})), translucent);
}

TEST(PngEncoderTest, ARowOfTheLargestSide)
{
    const QImage img = pattern(16384, 2, false);
    expectSamePixels(decode(PngEncoder::encode(img, {})), img);
}

TEST(PngEncoderTest, ADevicePixelRatioKeepsEveryPhysicalPixel)
{
    QImage img = pattern(64, 48, false);
    img.setDevicePixelRatio(2.5);
    const QByteArray png = PngEncoder::encode(img, {1, 240, {}});
    const QImage decoded = decode(png);
    expectSamePixels(decoded, img);
    EXPECT_EQ(decoded.dotsPerMeterX(), qRound(240 / 0.0254));
}

TEST(PngEncoderTest, TextChunksReadBack)
{
    const QByteArray png = PngEncoder::encode(
        pattern(8, 8, false), {1,
                               96,
                               {{QStringLiteral("frontier:date"), QStringLiteral("2019-09-30")},
                                {QStringLiteral("Title"), QStringLiteral("العراق")}}});
    QBuffer buffer;
    buffer.setData(png);
    buffer.open(QIODevice::ReadOnly);
    const QImage back = QImageReader(&buffer, "png").read();
    EXPECT_EQ(back.text(QStringLiteral("frontier:date")), QStringLiteral("2019-09-30"));
    EXPECT_EQ(back.text(QStringLiteral("Title")), QStringLiteral("العراق"));
}

TEST(PngEncoderTest, ANullImageGivesNoBytes)
{
    EXPECT_TRUE(PngEncoder::encode(QImage(), {}).isEmpty());
}

} // namespace
