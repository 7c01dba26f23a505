#include "render/RenderCache.h"
#include "ImageCompare.h"
#include "RenderTest.h"

#include <QPainter>

using namespace frontier;

namespace {

using RenderCacheTest = test::RenderTest;

TEST_F(RenderCacheTest, AnExportBetweenTwoWindowFramesKeepsTheWindowsBaseImage)
{
    RenderCache window;
    MapSettings view = settings(Date::fromYmd(2019, 9, 30));
    QImage frame(view.size, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&frame);
        renderer.render(p, view, &window);
    }
    ASSERT_EQ(window.baseRenders(), 1u);
    const qint64 base = window.baseImage().cacheKey();

    // An export of another view and size, at another date, without a cache.
    MapSettings exported = view;
    exported.size = {1200, 800};
    exported.devicePixelRatio = 300.0 / 96;
    exported.date = Date::fromYmd(2014, 8, 15);
    const QImage image = renderer.renderImage(exported);
    EXPECT_EQ(image.size(), exported.size);

    view.date = Date::fromYmd(2019, 10, 1); // the window's next frame: only the date moved
    {
        QPainter p(&frame);
        renderer.render(p, view, &window);
    }
    EXPECT_EQ(window.baseRenders(), 1u);
    EXPECT_EQ(window.baseImage().cacheKey(), base);
}

TEST_F(RenderCacheTest, AChangedViewRedrawsTheBaseAndACachedFrameLooksAsAnUncachedOne)
{
    RenderCache cache;
    MapSettings s = settings(Date::fromYmd(2019, 9, 30));
    renderer.renderImage(s, &cache);
    s.labels = LabelLanguage::Arabic;
    const QImage cached = renderer.renderImage(s, &cache);
    EXPECT_EQ(cache.baseRenders(), 2u);
    // Text drawn straight onto the frame and through the base image may differ by a shade.
    const auto diff = test::compareImages(cached, renderer.renderImage(s));
    EXPECT_LT(diff.changedFraction, 0.0005);
    EXPECT_LT(diff.meanDifference, 0.05);
}

TEST_F(RenderCacheTest, AnotherRendererDoesNotReuseTheCache)
{
    RenderCache cache;
    const MapSettings s = settings(Date::fromYmd(2019, 9, 30));
    renderer.renderImage(s, &cache);
    MapRenderer other(test::bundledTimeline());
    other.renderImage(s, &cache);
    EXPECT_EQ(cache.baseRenders(), 2u);
}

} // namespace
