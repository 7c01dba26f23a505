#include "render/layers/LabelLayer.h"
#include "RenderTest.h"
#include "render/MapText.h"
#include "render/RenderCache.h"
#include "render/ScreenPath.h"

using namespace frontier;

namespace {

using LabelLayerTest = test::RenderTest;

// Does any point of the polyline (sampled every half pixel) fall inside `r`?
bool touches(const QPolygonF& line, const QRectF& r)
{
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1], d = line[i] - a;
        const int steps = 1 + int(2 * std::hypot(d.x(), d.y()));
        for (int k = 0; k <= steps; ++k)
            if (r.contains(a + d * (double(k) / steps)))
                return true;
    }
    return false;
}

const LabelEngine::Placed* labelNamed(const RenderCache& cache, const QString& text)
{
    for (const auto& l : cache.labels())
        if (l.text == text)
            return &l;
    return nullptr;
}

class CrossingLabels : public LabelLayerTest, public ::testing::WithParamInterface<QSize> {};

TEST_P(CrossingLabels, NoCrossingLabelCoversTheFrontier)
{
    RenderCache cache;
    const MapSettings s = settings(Date::fromYmd(2019, 9, 30), GetParam());
    renderer.renderImage(s, &cache);
    const Viewport vp = MapRenderer::viewport(s);
    std::vector<QPolygonF> frontier;
    for (const ProjectedFeature& f : renderer.projected(s.crs).layer(BaseLayer::Frontier))
        for (const auto& part : f.parts) {
            QPolygonF line;
            for (const MapPoint& m : part)
                line.append(vp.toScreen(m));
            frontier.push_back(line);
        }
    for (const FrontierFeature& x : renderer.timeline().dataset().crossings()) {
        SCOPED_TRACE(x.displayName().toStdString());
        const auto* label = labelNamed(cache, x.displayName());
        ASSERT_NE(label, nullptr);
        // The line as drawn: its translucent band is the widest part.
        const double h = renderer.style().frontierWidth * renderer.style().frontierBandFactor / 2;
        for (const QPolygonF& line : frontier)
            EXPECT_FALSE(touches(line, label->rect.adjusted(-h, -h, h, h)));
    }
}

// A camp's marker (a dated area known by a point) is drawn with the date, after the crossings'
// names are placed: its room is kept for them all the same (al-Walid / al-Tanf's name lay on the
// Rukban camp's marker).
TEST_P(CrossingLabels, NoCrossingLabelCoversADatedAreasMarker)
{
    RenderCache cache;
    const MapSettings s = settings(Date::fromYmd(2019, 9, 30), GetParam());
    renderer.renderImage(s, &cache);
    const Viewport vp = MapRenderer::viewport(s);
    const Dataset& d = renderer.timeline().dataset();
    const double r = renderer.style().datedAreaMarkerRadius + 1;
    int markers = 0;
    for (const ProjectedFeature& f : renderer.projected(s.crs).areas()) {
        const DatedArea& area = d.areas()[static_cast<std::size_t>(f.feature)];
        if (!area.isPoint() || !area.holdsOn(s.date))
            continue;
        const QPointF p = vp.toScreen(f.parts.front().front());
        const QRectF marker(p.x() - r, p.y() - r, 2 * r, 2 * r);
        ++markers;
        for (const FrontierFeature& x : d.crossings()) {
            const auto* label = labelNamed(cache, x.displayName());
            ASSERT_NE(label, nullptr) << x.displayName().toStdString();
            EXPECT_FALSE(label->rect.intersects(marker))
                << x.displayName().toStdString() << " on " << area.name.toStdString();
        }
    }
    EXPECT_GE(markers, 1); // the Rukban camp
}

// --labels ku: Kurmanji names where the data gives them (a crossing's side, a place), English
// elsewhere.
TEST_F(LabelLayerTest, KurdishLabelsAreKurmanjiWhereTheDataHasThemAndEnglishElsewhere)
{
    MapSettings s = settings(Date::fromYmd(2019, 9, 30), QSize(1920, 1080));
    s.labels = LabelLanguage::Kurdish;
    RenderCache cache;
    renderer.renderImage(s, &cache);
    EXPECT_NE(labelNamed(cache, QStringLiteral("Rabia / Til Koçer")), nullptr);
    EXPECT_NE(labelNamed(cache, QStringLiteral("Pêşxabûr / Sêmalka")), nullptr);
    EXPECT_NE(labelNamed(cache, QStringLiteral("al-Qaim / Albu Kamal")), nullptr);
    EXPECT_NE(labelNamed(cache, QStringLiteral("Heseke")), nullptr); // the town (its
    // governorate, with no Kurmanji name in the data, stays "Hasakah")
    EXPECT_EQ(labelLanguageFromCode(QStringLiteral("ku")), LabelLanguage::Kurdish);
    EXPECT_EQ(labelLanguageCode(LabelLanguage::Kurdish), QStringLiteral("ku"));
    EXPECT_EQ(MapText::name(LabelLanguage::Kurdish, QStringLiteral("Mosul"),
                            QStringLiteral("الموصل"), QString()),
              QStringLiteral("Mosul"));
}

INSTANTIATE_TEST_SUITE_P(DefaultView, CrossingLabels,
                         ::testing::Values(QSize(1920, 1080), QSize(960, 600)));

TEST_F(LabelLayerTest, ZoomedInOnTheBorderAreasAreLabelledInsideTheirVisiblePart)
{
    MapSettings s = settings(Date::fromYmd(2019, 9, 30), {1920, 1080});
    // About 120 km across, centred in Iraq some 25 km east of al-Qaim: Syria fills the west.
    const MapPoint centre = *renderer.transform(s.crs).forward({41.25, 34.35});
    s.extent = MapRect{centre.x - 60000, centre.y - 34000, centre.x + 60000, centre.y + 34000};
    RenderCache cache;
    renderer.renderImage(s, &cache);
    const Viewport vp = MapRenderer::viewport(s);
    const QRectF view(QPointF(0, 0), s.logicalSize());
    const Dataset& d = renderer.timeline().dataset();
    int checked = 0;
    const auto check = [&](BaseLayer layer, const QString& name, const QString& label) {
        SCOPED_TRACE(label.toStdString());
        const auto* placed = labelNamed(cache, label);
        ASSERT_NE(placed, nullptr);
        const QPointF anchor = placed->rect.center();
        EXPECT_TRUE(view.contains(anchor));
        for (const ProjectedFeature& f : renderer.projected(s.crs).layer(layer))
            if (d.layer(layer).features[std::size_t(f.feature)].attribute(QStringLiteral("name")) ==
                name) {
                EXPECT_TRUE(ScreenPath::build(f, vp, true).contains(anchor));
                ++checked;
            }
    };
    check(BaseLayer::Countries, QStringLiteral("Syria"), QStringLiteral("SYRIA"));
    check(BaseLayer::Countries, QStringLiteral("Iraq"), QStringLiteral("IRAQ"));
    check(BaseLayer::Governorates, QStringLiteral("Anbar"), QStringLiteral("Anbar"));
    check(BaseLayer::Governorates, QStringLiteral("Deir ez-Zor"), QStringLiteral("Deir ez-Zor"));
    EXPECT_EQ(checked, 4);
}

} // namespace
