#include "ImageCompare.h"
#include "RenderTest.h"

using namespace frontier;

namespace {

using test::RenderTest;
using MapRendererTest = RenderTest;

QColor at(const QImage& image, QPointF logical)
{
    return test::pixelAt(image, logical);
}

TEST_F(MapRendererTest, MatchesTheReferenceImage)
{
    const QImage image = renderer.renderImage(settings(Date::fromYmd(2019, 9, 30)));
    const auto diff = test::compareWithReference(
        image, QStringLiteral(FRONTIER_REFERENCE_DIR "/frontier-2019-09-30-960x600.png"));
    ASSERT_TRUE(diff.error.isEmpty()) << diff.error.toStdString();
    EXPECT_LT(diff.changedFraction, 0.01);
    EXPECT_LT(diff.meanDifference, 3.0);
}

TEST_F(MapRendererTest, ArabicLabelsMatchTheReferenceImage)
{
    MapSettings s = settings(Date::fromYmd(2014, 8, 15));
    s.labels = LabelLanguage::Both;
    const auto diff = test::compareWithReference(
        renderer.renderImage(s),
        QStringLiteral(FRONTIER_REFERENCE_DIR "/frontier-2014-08-15-both-960x600.png"));
    ASSERT_TRUE(diff.error.isEmpty()) << diff.error.toStdString();
    EXPECT_LT(diff.changedFraction, 0.01);
}

TEST_F(MapRendererTest, ImageHasTheRequestedPixelSizeAndRatio)
{
    MapSettings s = settings(Date::fromYmd(2019, 9, 30), {1200, 800});
    s.devicePixelRatio = 2;
    const QImage image = renderer.renderImage(s);
    EXPECT_EQ(image.size(), QSize(1200, 800));
    EXPECT_DOUBLE_EQ(image.devicePixelRatio(), 2.0);
}

TEST_F(MapRendererTest, FrontierPixelsAreWhereTheProjectionPutsThem)
{
    MapSettings s = settings(Date::fromYmd(2019, 9, 30));
    s.layers = static_cast<unsigned>(MapLayerId::Frontier); // the frontier alone on the sea colour
    s.decorations = 0;
    const QImage image = renderer.renderImage(s);
    const Viewport vp = MapRenderer::viewport(s);
    const auto& line = renderer.projected(s.crs).layer(BaseLayer::Frontier).front().parts.front();
    int checked = 0, hits = 0;
    for (std::size_t i = 0; i < line.size(); i += 25) {
        const QPointF p = vp.toScreen(line[i]);
        ++checked;
        // At the vertex the line (red dashes, white casing between them) covers the sea.
        bool found = false;
        for (int dy = -1; dy <= 1 && !found; ++dy)
            for (int dx = -1; dx <= 1 && !found; ++dx) {
                const QColor c = at(image, p + QPointF(dx, dy));
                found = (c.red() > 150 && c.red() - c.blue() > 40) || c == QColor(Qt::white);
            }
        hits += found;
    }
    ASSERT_GT(checked, 10);
    EXPECT_EQ(hits, checked);
    // And away from the line there is only sea.
    EXPECT_EQ(at(image, {5, 5}), renderer.style().sea);
}

TEST_F(MapRendererTest, CrossingColoursFollowTheDate)
{
    const int qaim = test::bundled()->featureIndex(QStringLiteral("qaim-albukamal"));
    MapSettings s = settings(Date::fromYmd(2016, 1, 1));
    const QPointF p =
        MapRenderer::viewport(s).toScreen(renderer.projected(s.crs).crossings()[std::size_t(qaim)]);
    // East half (Iraqi side), clear of the white divider and of the "closed" bar.
    const QPointF east = p + QPointF(5, -6);
    const QColor isis = at(renderer.renderImage(s), east);
    s.date = Date::fromYmd(2019, 10, 15);
    const QColor iraq = at(renderer.renderImage(s), east);
    const Dataset& d = *test::bundled();
    EXPECT_EQ(isis, renderer.actorColors()[std::size_t(d.actorIndex(QStringLiteral("isis")))]);
    EXPECT_EQ(iraq, renderer.actorColors()[std::size_t(d.actorIndex(QStringLiteral("iraq")))]);
}

TEST_F(MapRendererTest, SameSettingsGiveTheSameImage)
{
    const MapSettings s = settings(Date::fromYmd(2019, 9, 30));
    const QImage first = renderer.renderImage(s);
    MapRenderer other(test::bundledTimeline());
    other.renderImage(settings(Date::fromYmd(2013, 1, 1))); // a different cache state
    EXPECT_EQ(first, other.renderImage(s));
}

TEST_F(MapRendererTest, FindsTheCrossingUnderThePointer)
{
    const MapSettings s = settings(Date::fromYmd(2019, 9, 30));
    const int rabia = test::bundled()->featureIndex(QStringLiteral("rabia-yarubiyah"));
    const QPointF p = MapRenderer::viewport(s).toScreen(
        renderer.projected(s.crs).crossings()[std::size_t(rabia)]);
    EXPECT_EQ(renderer.crossingAt(s, p + QPointF(3, -2)), rabia);
    EXPECT_EQ(renderer.crossingAt(s, {5, 5}), -1);
}

TEST_F(MapRendererTest, UnknownCrsThrows)
{
    MapSettings s = settings(Date::fromYmd(2019, 9, 30));
    s.crs = QStringLiteral("EPSG:999999");
    EXPECT_THROW(renderer.renderImage(s), ProjError);
}

} // namespace
