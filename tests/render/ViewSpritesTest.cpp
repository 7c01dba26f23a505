#include "ImageCompare.h"
#include "RenderTest.h"
#include "render/RenderCache.h"
#include "render/Sprite.h"

#include <QPainter>

using namespace frontier;

namespace {

using ViewSpritesTest = test::RenderTest;

// Scrubs `s` through 2012–2025, each frame checked against the first frame of a new cache at its
// date (which draws everything over the base image, keeping nothing).
void expectScrubbedFramesAsDrawn(MapRenderer& renderer, MapSettings s)
{
    RenderCache cache;
    QImage frame(s.size, QImage::Format_ARGB32_Premultiplied);
    frame.setDevicePixelRatio(s.devicePixelRatio);
    std::size_t kept = 0;
    for (int i = 0; i < 24; ++i) {
        s.date = Date::fromYmd(2012, 3, 1).addDays(i * 200);
        {
            QPainter p(&frame);
            renderer.render(p, s, &cache);
        }
        RenderCache fresh;
        // Blending a band's tiles rounds once more than filling it: a shade at most.
        ASSERT_LE(test::largestDifference(frame, renderer.renderImage(s, &fresh)), 2)
            << "frame " << i;
        if (i == 0) {
            EXPECT_EQ(cache.sprites().bytes(), 0u) << "a view's first frame keeps nothing";
        }
        kept = cache.sprites().bytes();
    }
    EXPECT_GT(kept, 0u);
    EXPECT_EQ(cache.baseRenders(), 1u);
}

TEST_F(ViewSpritesTest, ScrubbedFramesFromTheSpritesLookAsFramesDrawnWhole)
{
    expectScrubbedFramesAsDrawn(renderer, settings({}));
}

TEST_F(ViewSpritesTest, OnAHighDensityScreenTheSpritesLandOnTheSamePixels)
{
    MapSettings s = settings({}, {1200, 750});
    s.devicePixelRatio = 1.25;
    expectScrubbedFramesAsDrawn(renderer, s);
}

TEST_F(ViewSpritesTest, ZoomedInTheSpritesKeepOnlyTheTilesABandCovers)
{
    MapSettings s = settings(Date::fromYmd(2015, 6, 1));
    const Viewport home = MapRenderer::viewport(s);
    s.extent = home.zoomed(6, QPointF(480, 300)).extent();
    expectScrubbedFramesAsDrawn(renderer, s);
    // The thin bands across a zoomed view keep far less than a frame per look.
    RenderCache cache;
    renderer.renderImage(s, &cache);
    renderer.renderImage(s, &cache);
    EXPECT_LT(cache.sprites().bytes(), std::size_t(s.size.width() * s.size.height() * 4));
}

TEST_F(ViewSpritesTest, ASecondFrameOfTheSameDateKeepsNothingNew)
{
    RenderCache cache;
    const MapSettings s = settings(Date::fromYmd(2019, 9, 30));
    renderer.renderImage(s, &cache);
    renderer.renderImage(s, &cache);
    const std::size_t kept = cache.sprites().bytes();
    ASSERT_GT(kept, 0u);
    renderer.renderImage(s, &cache);
    EXPECT_EQ(cache.sprites().bytes(), kept);
}

TEST_F(ViewSpritesTest, APanDropsTheBandsButKeepsTheLegend)
{
    RenderCache cache;
    MapSettings s = settings(Date::fromYmd(2019, 9, 30));
    renderer.renderImage(s, &cache);
    renderer.renderImage(s, &cache);
    const std::size_t atHome = cache.sprites().bytes();
    ASSERT_GT(atHome, 0u);
    const Viewport home = MapRenderer::viewport(s);
    for (int i = 1; i <= 3; ++i) {
        s.extent =
            (i % 2 ? home.panned(40.0 * i, 10) : home.zoomed(1.5, QPointF(300, 200))).extent();
        const QImage panned = renderer.renderImage(s, &cache);
        // The legend's sprite only: the bands of the view left are gone, and a view's first
        // frame keeps no new band.
        EXPECT_GT(cache.sprites().bytes(), 0u) << i;
        EXPECT_LT(cache.sprites().bytes(), atHome) << i;
        RenderCache fresh;
        EXPECT_LE(test::largestDifference(panned, renderer.renderImage(s, &fresh)), 2) << i;
    }
}

TEST_F(ViewSpritesTest, AChangedLookDropsEveryThing)
{
    RenderCache cache;
    MapSettings s = settings(Date::fromYmd(2019, 9, 30));
    renderer.renderImage(s, &cache);
    renderer.renderImage(s, &cache);
    ASSERT_GT(cache.sprites().bytes(), 0u);
    s.devicePixelRatio = 1.25;
    renderer.renderImage(s, &cache);
    EXPECT_EQ(cache.sprites().bytes(), 0u);
}

TEST(SpriteTest, AMovedPainterPaintsDirectlyAndKeepsNothing)
{
    QImage direct(64, 64, QImage::Format_ARGB32_Premultiplied);
    direct.fill(Qt::white);
    QImage viaSprite = direct;
    const auto disc = [](QPainter& p) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(Qt::red);
        p.drawEllipse(QPointF(20, 20), 10, 10);
    };
    {
        QPainter p(&direct);
        p.translate(0.5, 0.25);
        disc(p);
    }
    QPainter p(&viaSprite);
    p.translate(0.5, 0.25);
    EXPECT_FALSE(Sprite::paint(p, QRectF(0, 0, 40, 40), disc).has_value());
    p.end();
    EXPECT_EQ(viaSprite, direct);
}

TEST(SpriteTest, ASpriteLandsWhereItWasPaintedAndKeepsOnlyPaintedTiles)
{
    QImage direct(300, 300, QImage::Format_ARGB32_Premultiplied);
    direct.fill(Qt::white);
    QImage viaSprite = direct;
    const auto hatchedLine = [](QPainter& p) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QBrush(Qt::darkGray, Qt::BDiagPattern));
        p.drawPolygon(QPolygonF{{10.3, 10.7}, {250.2, 240.1}, {244.6, 249.9}, {4.1, 16.2}});
    };
    {
        QPainter p(&direct);
        hatchedLine(p);
    }
    QPainter p(&viaSprite);
    const std::optional<Sprite> sprite = Sprite::paint(p, QRectF(0, 0, 260, 260), hatchedLine);
    p.end();
    ASSERT_TRUE(sprite.has_value());
    EXPECT_LE(test::largestDifference(viaSprite, direct), 2);
    // A thin diagonal touches the tiles along it, not the whole 5×5 tiles of its box.
    EXPECT_LT(sprite->bytes(), std::size_t(64 * 64 * 4 * 14));
    QImage again(300, 300, QImage::Format_ARGB32_Premultiplied);
    again.fill(Qt::white);
    QPainter q(&again);
    sprite->draw(q);
    q.end();
    EXPECT_EQ(again, viaSprite);
}

} // namespace
