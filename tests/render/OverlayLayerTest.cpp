#include "RenderTest.h"
#include "overlay/ProjectedOverlay.h"
#include "render/ScreenPath.h"
#include "render/decorations/OverlayLegend.h"

#include <QPainter>

#include <cmath>
#include <random>

namespace frontier {
namespace {

const QColor kBackground(0xd4, 0xe6, 0xf1);

// An overlay of points at `where`, each with an event_type; dated when `days` are given.
std::shared_ptr<Overlay> points(const std::vector<GeoPoint>& where, const QStringList& types = {},
                                const std::vector<std::pair<Date, Date>>& days = {})
{
    auto o = std::make_shared<Overlay>();
    o->name = QStringLiteral("events");
    o->partStarts.push_back(0);
    Overlay::Column type{QStringLiteral("event_type"), {}, {}};
    for (std::size_t i = 0; i < where.size(); ++i) {
        OverlayFeature f;
        f.firstPart = static_cast<std::uint32_t>(i);
        f.partCount = 1;
        if (!days.empty()) {
            f.firstDay = days[i].first.julianDay();
            f.lastDay = days[i].second.lastJulianDay();
            f.precision = OverlayDatePrecision::Day;
        }
        o->features.push_back(f);
        o->vertices.push_back(where[i]);
        o->partStarts.push_back(static_cast<std::uint32_t>(i + 1));
        if (!types.isEmpty()) {
            if (!type.values.contains(types[static_cast<qsizetype>(i)]))
                type.values << types[static_cast<qsizetype>(i)];
            type.index.push_back(
                static_cast<std::uint32_t>(type.values.indexOf(types[static_cast<qsizetype>(i)])));
        }
    }
    if (!types.isEmpty())
        o->columns.push_back(type);
    if (!days.empty()) {
        o->dateField = QStringLiteral("event_date");
        o->sortByDate(); // as OverlayReader keeps a dated layer
    }
    return o;
}

class OverlayLayerTest : public test::RenderTest {
protected:
    MapSettings bare(std::shared_ptr<const Overlay> overlay, OverlayStyle style = {})
    {
        MapSettings s = settings(Date::fromYmd(2019, 9, 30));
        s.layers = 0;
        s.decorations = 0;
        s.background = kBackground;
        s.overlays.push_back({std::move(overlay), style});
        return s;
    }
    QPointF screen(const MapSettings& s, GeoPoint g)
    {
        return MapRenderer::viewport(s).toScreen(*renderer.transform(s.crs).forward(g));
    }
};

const GeoPoint kQaim{40.99, 34.40};
const GeoPoint kRabia{42.09, 36.81};

TEST_F(OverlayLayerTest, APointIsDrawnWhereItIsInItsFill)
{
    OverlayStyle style;
    style.fill = QColor(200, 0, 0);
    style.size = 10;
    const MapSettings s = bare(points({kQaim}), style);
    const QImage image = renderer.renderImage(s);
    EXPECT_EQ(test::pixelAt(image, screen(s, kQaim)), QColor(200, 0, 0));
    EXPECT_EQ(test::pixelAt(image, screen(s, kQaim) + QPointF(12, 0)), kBackground);
    EXPECT_EQ(test::pixelAt(image, screen(s, kRabia)), kBackground);
}

TEST_F(OverlayLayerTest, AHiddenOverlayIsNotDrawnAndOpacityBlends)
{
    OverlayStyle style;
    style.fill = QColor(200, 0, 0);
    style.visible = false;
    const MapSettings hidden = bare(points({kQaim}), style);
    EXPECT_EQ(test::pixelAt(renderer.renderImage(hidden), screen(hidden, kQaim)), kBackground);
    style.visible = true;
    style.opacity = 0.5;
    const MapSettings half = bare(points({kQaim}), style);
    const QColor c = test::pixelAt(renderer.renderImage(half), screen(half, kQaim));
    EXPECT_NEAR(c.red(), (200 + 0xd4) / 2, 2);
}

TEST_F(OverlayLayerTest, ADatedOverlayFollowsTheDateInItsMode)
{
    const Date day = Date::fromYmd(2019, 9, 30);
    const auto overlay = points(
        {kQaim, kRabia}, {}, {{day, day}, {Date::fromYmd(2014, 6, 1), Date::fromYmd(2014, 6, 30)}});
    OverlayStyle style;
    style.fill = QColor(0, 0, 200);
    style.time.mode = TimeFilter::Mode::OnDay;
    MapSettings s = bare(overlay, style);
    QImage image = renderer.renderImage(s);
    EXPECT_EQ(test::pixelAt(image, screen(s, kQaim)), QColor(0, 0, 200));
    EXPECT_EQ(test::pixelAt(image, screen(s, kRabia)), kBackground);
    s.date = Date::fromYmd(2014, 6, 15); // within the month Rabia's event is known to
    image = renderer.renderImage(s);
    EXPECT_EQ(test::pixelAt(image, screen(s, kQaim)), kBackground);
    EXPECT_EQ(test::pixelAt(image, screen(s, kRabia)), QColor(0, 0, 200));
    s.overlays[0].style.time.mode = TimeFilter::Mode::UpTo;
    s.date = Date::fromYmd(2020, 1, 1);
    image = renderer.renderImage(s);
    EXPECT_EQ(test::pixelAt(image, screen(s, kQaim)), QColor(0, 0, 200));
    EXPECT_EQ(test::pixelAt(image, screen(s, kRabia)), QColor(0, 0, 200));
}

TEST_F(OverlayLayerTest, CategoriesTakeThePaletteAndTheLegendListsThem)
{
    const auto overlay =
        points({kQaim, kRabia}, {QStringLiteral("Riots"), QStringLiteral("Battles")});
    overlay->acled = true;
    MapSettings s = bare(overlay, OverlayStyle::defaultFor(*overlay, 0));
    const auto& palette = OverlayStyle::palette();
    const QImage image = renderer.renderImage(s);
    // Sorted: Battles first colour, Riots second.
    EXPECT_EQ(test::pixelAt(image, screen(s, kRabia)), palette[0]);
    EXPECT_EQ(test::pixelAt(image, screen(s, kQaim)), palette[1]);

    const auto rows = OverlayLegend::rows(s);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].text, QStringLiteral("events"));
    EXPECT_EQ(rows[1].text, QStringLiteral("Battles"));
    EXPECT_EQ(rows[1].color, palette[0]);
    EXPECT_EQ(rows[2].text, QStringLiteral("Riots"));

    s.decorations = static_cast<unsigned>(Decoration::Legend);
    const QImage withLegend = renderer.renderImage(s);
    // The legend's Riots swatch, top right (the map's Riots point is far from there).
    int swatch = 0;
    for (int y = 0; y < 200; ++y)
        for (int x = withLegend.width() - 240; x < withLegend.width(); ++x)
            swatch += withLegend.pixelColor(x, y) == palette[1];
    EXPECT_GT(swatch, 6);
}

TEST_F(OverlayLayerTest, APolygonIsFilledAndItsOutlineStroked)
{
    auto o = std::make_shared<Overlay>();
    o->name = QStringLiteral("zone");
    o->vertices = {{40.5, 34.0}, {41.5, 34.0}, {41.5, 35.0}, {40.5, 35.0}, {40.5, 34.0}};
    o->partStarts = {0, 5};
    o->features.push_back({0, 0, 1, 0, 0, GeometryType::Polygon, OverlayDatePrecision::None});
    OverlayStyle style;
    style.fill = QColor(0, 150, 0);
    style.strokeWidth = 0;
    const MapSettings s = bare(o, style);
    const QImage image = renderer.renderImage(s);
    EXPECT_EQ(test::pixelAt(image, screen(s, {41.0, 34.5})), QColor(0, 150, 0));
    EXPECT_EQ(test::pixelAt(image, screen(s, {42.5, 34.5})), kBackground);
}

// A line's parts drawn 1 px wide in black on white.
QImage drawn(std::size_t parts, const auto& part, const Viewport& viewport)
{
    QImage image(viewport.size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    for (std::size_t p = 0; p < parts; ++p)
        ScreenPath::appendPart(path, part(p), viewport, false, viewport.extent());
    painter.strokePath(path, QPen(Qt::black, 1));
    return image;
}

// Whether every inked pixel of `a` has ink in `b` within a pixel of it.
bool withinAPixel(const QImage& a, const QImage& b)
{
    for (int y = 1; y + 1 < a.height(); ++y)
        for (int x = 1; x + 1 < a.width(); ++x) {
            if (qGray(a.pixel(x, y)) > 128)
                continue;
            bool near = false;
            for (int dy = -1; dy <= 1 && !near; ++dy)
                for (int dx = -1; dx <= 1 && !near; ++dx)
                    near = qGray(b.pixel(x + dx, y + dy)) < 200;
            if (!near)
                return false;
        }
    return true;
}

TEST_F(OverlayLayerTest, ALineThinnedForTheScaleIsDrawnWithinAPixelOfItselfAndKeptForTheScale)
{
    // A jagged coast of 20,000 vertices over 4 degrees (a random walk: detail at every scale),
    // seen 800 px wide.
    Overlay o;
    std::mt19937 random(3);
    std::normal_distribution<double> step(0, 0.001);
    o.partStarts = {0};
    double walk = 0;
    for (int i = 0; i < 20000; ++i)
        o.vertices.push_back(
            {38 + i * 0.0002, 33 + 0.3 * std::sin(i * 0.001) + (walk += step(random))});
    o.partStarts.push_back(static_cast<std::uint32_t>(o.vertices.size()));
    o.features.push_back({0, 0, 1, 0, 0, GeometryType::Line, OverlayDatePrecision::None});
    const ProjectedOverlay projected(o, renderer.transform(Crs::defaultDefinition()));
    const MapRect extent = projected.extent().grown(0.05);
    const Viewport viewport(extent, QSizeF(800, 800 * extent.height() / extent.width()));
    const ProjectedOverlay::Parts& thin = projected.forScale(viewport.unitsPerPixel());
    EXPECT_LT(thin.vertices.size(), o.vertices.size() / 4);
    const QImage full = drawn(
        1, [&](std::size_t p) { return projected.part(p); }, viewport);
    const QImage thinned = drawn(
        1, [&](std::size_t p) { return thin.part(p); }, viewport);
    EXPECT_TRUE(withinAPixel(full, thinned));
    EXPECT_TRUE(withinAPixel(thinned, full));
    EXPECT_EQ(&projected.forScale(viewport.unitsPerPixel()), &thin); // made once for the scale
    EXPECT_EQ(projected.forScale(viewport.unitsPerPixel() / 64).vertices.size(),
              o.vertices.size()); // zoomed in far: every vertex
}

} // namespace
} // namespace frontier
