#include "RenderTest.h"

using namespace frontier;

namespace {

using DatedAreasLayerTest = test::RenderTest;

TEST_F(DatedAreasLayerTest, AnAreaIsDrawnOnlyInsideItsDates)
{
    const Dataset& d = renderer.timeline().dataset();
    const auto zone = std::find_if(d.areas().begin(), d.areas().end(),
                                   [](const DatedArea& a) { return !a.isPoint(); });
    ASSERT_NE(zone, d.areas().end());
    const std::size_t index = std::size_t(zone - d.areas().begin());
    MapSettings s = settings(zone->start);
    s.layers = static_cast<unsigned>(MapLayerId::DatedAreas);
    s.decorations = 0;
    // Inside the outline, halfway from its label point (where its name goes) to a vertex.
    const Viewport vp = MapRenderer::viewport(s);
    const ProjectedFeature& f = renderer.projected(s.crs).areas().at(index);
    const QPointF centre = vp.toScreen(*renderer.transform(s.crs).forward(zone->point));
    const QPointF inside = (centre + vp.toScreen(f.parts.front().front())) / 2;
    const QColor sea = renderer.style().sea;

    EXPECT_NE(test::pixelAt(renderer.renderImage(s), inside), sea) << "on its first day";
    s.date = zone->start.addDays(-1);
    EXPECT_EQ(test::pixelAt(renderer.renderImage(s), inside), sea) << "the day before";
    if (zone->end) {
        s.date = Date::fromJulianDay(zone->end->lastJulianDay() + 1);
        EXPECT_EQ(test::pixelAt(renderer.renderImage(s), inside), sea) << "after its end";
    }
}

TEST_F(DatedAreasLayerTest, APointAreaIsAMarkerOnlyInsideItsDates)
{
    const Dataset& d = renderer.timeline().dataset();
    const auto camp = std::find_if(d.areas().begin(), d.areas().end(),
                                   [](const DatedArea& a) { return a.isPoint(); });
    ASSERT_NE(camp, d.areas().end());
    MapSettings s = settings(camp->start);
    s.layers = static_cast<unsigned>(MapLayerId::DatedAreas);
    s.decorations = 0;
    const QPointF p =
        MapRenderer::viewport(s).toScreen(*renderer.transform(s.crs).forward(camp->point));
    EXPECT_NE(test::pixelAt(renderer.renderImage(s), p + QPointF(2, 0)), renderer.style().sea);
    s.date = camp->start.addDays(-1);
    EXPECT_EQ(test::pixelAt(renderer.renderImage(s), p + QPointF(2, 0)), renderer.style().sea);
}

// Defect: the areas were named in English on a map labelled in Arabic. Their names are
// MapText::areaName's (MapTextTest); here, the map draws them by the label language, on one line.
TEST_F(DatedAreasLayerTest, AreasAreNamedInTheLabelLanguage)
{
    MapSettings s = settings(Date::fromYmd(2019, 9, 30));
    s.layers = static_cast<unsigned>(MapLayerId::DatedAreas);
    s.decorations = 0;
    const auto render = [&](LabelLanguage language) {
        s.labels = language;
        return renderer.renderImage(s);
    };
    const QImage english = render(LabelLanguage::English);
    EXPECT_NE(render(LabelLanguage::Arabic), english);
    EXPECT_EQ(render(LabelLanguage::Both), english);
    EXPECT_EQ(render(LabelLanguage::Kurdish), english); // the data has no Kurmanji names for them
    s.layers = 0; // no area, and then no label either: the difference is theirs
    EXPECT_EQ(render(LabelLanguage::Arabic), render(LabelLanguage::English));
}

} // namespace
