// Labels drawn from the images TextCache keeps look as the text drawn directly.
#include "render/TextCache.h"
#include "GuiApp.h"
#include "ImageCompare.h"
#include "render/RenderContext.h"
#include "render/Style.h"
#include "render/TextPainter.h"

#include <QPainter>

#include <gtest/gtest.h>

using namespace frontier;

namespace {

class TextCacheTest : public ::testing::Test, protected test::GuiAppFirst {
protected:
    // A 300×120 px canvas of `dpr`, filled, with `draw` run on it.
    template <class Draw> static QImage canvas(double dpr, Draw draw)
    {
        QImage image(QSize(300, 120) * dpr, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(QColor(0xee, 0xeb, 0xe4));
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        draw(p);
        return image;
    }
    // The text's own pixels: anything not background.
    static int inked(const QImage& image)
    {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += image.pixel(x, y) != QColor(0xee, 0xeb, 0xe4).rgb();
        return n;
    }

    Style style;
    QFont font = RenderContext::mapFont(style, 15, true);
    QString text = QStringLiteral("al-Qaim / Albu Kamal\nالقائم");
    QColor halo{0xff, 0xff, 0xff, 0xdd};
};

TEST_F(TextCacheTest, ALabelAtAWholePixelIsTheTextDrawnThere)
{
    for (const double dpr : {1.0, 1.25, 2.0}) {
        // (40, 32) is a whole device pixel at each ratio.
        const QRectF rect(QPointF(40, 32), TextPainter::measure(font, text));
        TextCache cache;
        const QImage cached = canvas(dpr, [&](QPainter& p) {
            cache.draw(p, rect, font, text, style.text, halo, 1.6, Qt::AlignCenter);
        });
        const QImage direct = canvas(dpr, [&](QPainter& p) {
            TextPainter::draw(p, rect, font, text, style.text, halo, 1.6, Qt::AlignCenter);
        });
        EXPECT_GT(inked(direct), 500) << dpr;
        // The label's image is blended once: a shade of rounding at most.
        EXPECT_LE(test::largestDifference(cached, direct), 2) << dpr;
    }
}

TEST_F(TextCacheTest, ALabelBetweenPixelsGoesToTheNearestWholePixel)
{
    const QSizeF size = TextPainter::measure(font, text);
    TextCache cache;
    const QImage cached = canvas(1, [&](QPainter& p) {
        cache.draw(p, QRectF(QPointF(40.3, 29.6), size), font, text, style.text, halo, 1.6,
                   Qt::AlignLeft | Qt::AlignVCenter);
    });
    const QImage direct = canvas(1, [&](QPainter& p) {
        TextPainter::draw(p, QRectF(QPointF(40, 30), size), font, text, style.text, halo, 1.6,
                          Qt::AlignLeft | Qt::AlignVCenter);
    });
    EXPECT_LE(test::largestDifference(cached, direct), 2);
}

TEST_F(TextCacheTest, TheSameLabelElsewhereIsTheSameImageMoved)
{
    const QSizeF size = TextPainter::measure(font, text);
    TextCache cache;
    QImage twice = canvas(1, [&](QPainter& p) {
        cache.draw(p, QRectF(QPointF(10, 10), size), font, text, style.text, halo, 1.6,
                   Qt::AlignCenter);
        cache.draw(p, QRectF(QPointF(150, 60), size), font, text, style.text, halo, 1.6,
                   Qt::AlignCenter);
    });
    const QRect first(QPoint(0, 0), QSize(140, 55)), second = first.translated(140, 50);
    EXPECT_GT(inked(twice.copy(first)), 500);
    EXPECT_EQ(twice.copy(first), twice.copy(second));
}

TEST_F(TextCacheTest, ATransformedPainterDrawsTheTextItself)
{
    const QRectF rect(QPointF(20, 10), TextPainter::measure(font, text));
    TextCache cache;
    const auto scaled = [&](auto draw) {
        return canvas(1, [&](QPainter& p) {
            p.scale(1.7, 1.7); // a page layout's map frame
            draw(p);
        });
    };
    const QImage cached = scaled([&](QPainter& p) {
        cache.draw(p, rect, font, text, style.text, halo, 1.6, Qt::AlignCenter);
    });
    const QImage direct = scaled([&](QPainter& p) {
        TextPainter::draw(p, rect, font, text, style.text, halo, 1.6, Qt::AlignCenter);
    });
    EXPECT_EQ(cached, direct);
}

} // namespace
