#include "ImageCompare.h"
#include "RenderTest.h"
#include "overlay/ProjectedOverlay.h"
#include "render/OverlaySymbols.h"
#include "render/RenderCache.h"

#include <QPainter>

#include <map>
#include <random>
#include <tuple>

namespace frontier {
namespace {

const QColor kBackground(0xd4, 0xe6, 0xf1);
const QStringList kTypes{"Battles",
                         "Protests",
                         "Riots",
                         "Explosions/Remote violence",
                         "Violence against civilians",
                         "Strategic developments"};

// ACLED-like events: `rows` at `places` places (some pairs a hair apart, on one pixel), typed,
// with fatalities, dated 2015–2020 to the day, the week or the month, in date order.
std::shared_ptr<Overlay> events(int rows, int places)
{
    auto o = std::make_shared<Overlay>();
    o->name = QStringLiteral("events");
    o->dateField = QStringLiteral("event_date");
    o->partStarts.push_back(0);
    std::mt19937 random(11);
    std::vector<GeoPoint> where;
    for (int p = 0; p < places; ++p) {
        where.push_back({std::uniform_real_distribution(37.0, 47.0)(random),
                         std::uniform_real_distribution(30.5, 37.0)(random)});
        if (p % 10 == 0)
            where.push_back({where.back().lon + 1e-5, where.back().lat});
    }
    Overlay::Column type{QStringLiteral("event_type"), kTypes, {}};
    Overlay::Column fatalities{QStringLiteral("fatalities"), {"0", "1", "4", "9"}, {}};
    const std::int32_t start = Date::fromYmd(2015, 1, 1).julianDay();
    for (int i = 0; i < rows; ++i) {
        OverlayFeature f;
        f.firstPart = static_cast<std::uint32_t>(i);
        f.partCount = 1;
        f.firstDay = start + static_cast<std::int32_t>(random() % 2000);
        const int precision = static_cast<int>(random() % 10);
        f.lastDay = f.firstDay + (precision < 7 ? 0 : precision < 9 ? 6 : 30);
        f.precision = precision < 7   ? OverlayDatePrecision::Day
                      : precision < 9 ? OverlayDatePrecision::Week
                                      : OverlayDatePrecision::Month;
        o->features.push_back(f);
        o->vertices.push_back(where[random() % where.size()]);
        o->partStarts.push_back(static_cast<std::uint32_t>(i + 1));
        type.index.push_back(static_cast<std::uint32_t>(random() % kTypes.size()));
        fatalities.index.push_back(static_cast<std::uint32_t>(random() % 4));
    }
    o->columns = {type, fatalities};
    o->sortByDate();
    return o;
}

class OverlayPointsTest : public test::RenderTest {
protected:
    MapSettings bare(std::shared_ptr<const Overlay> overlay, const OverlayStyle& style, Date date)
    {
        MapSettings s = settings(date);
        s.layers = 0;
        s.decorations = 0;
        s.background = kBackground;
        s.overlays.push_back({std::move(overlay), style});
        return s;
    }

    // The points drawn the plain way: every feature the filter keeps, one QPainter call per
    // symbol; on each device pixel each symbol once, stacked by its latest feature there.
    QImage direct(const MapSettings& s)
    {
        const Overlay& o = *s.overlays[0].overlay;
        const OverlayStyle& style = s.overlays[0].style;
        const ProjectedOverlay& projected = renderer.projected(s.crs, s.overlays[0].overlay);
        const Viewport vp = MapRenderer::viewport(s);
        OverlaySymbols symbols(style, s.devicePixelRatio);
        const std::vector<QColor> colors = style.categoryColors(o);
        const int size = o.column(style.sizeField);
        struct Drawn {
            std::size_t feature;
            QPointF at;
            QColor fill;
            double diameter;
        };
        std::map<std::tuple<int, int, QRgb, double>, Drawn> latest;
        for (std::size_t i = 0; i < o.features.size(); ++i) {
            const OverlayFeature& f = o.features[i];
            if (!style.time.shows(f.firstDay, f.lastDay, s.date))
                continue;
            const QPointF at = vp.toScreen(projected.part(f.firstPart)[0]);
            const QPoint pixel = symbols.devicePixel(at);
            const QColor fill = colors[o.columns[0].index[i]];
            const double diameter =
                size < 0 ? style.size
                         : std::min(style.size + 2 * std::sqrt(o.value(i, size).toDouble()),
                                    style.size * 6);
            latest[{pixel.x(), pixel.y(), fill.rgba(), diameter}] = {i, at, fill, diameter};
        }
        std::vector<Drawn> order;
        for (const auto& [key, drawn] : latest)
            order.push_back(drawn);
        std::sort(order.begin(), order.end(),
                  [](const Drawn& a, const Drawn& b) { return a.feature < b.feature; });
        QImage image(s.size, QImage::Format_ARGB32_Premultiplied);
        image.fill(kBackground);
        QPainter p(&image); // in device pixels: a symbol lands on whole pixels
        for (const Drawn& d : order) {
            const QImage& stamp = symbols.stamp(symbols.stampIndex(d.fill, d.diameter));
            QImage plain = stamp;
            plain.setDevicePixelRatio(1);
            p.drawImage(symbols.devicePixel(d.at) - QPoint(stamp.width() / 2, stamp.height() / 2),
                        plain);
        }
        p.end();
        image.setDevicePixelRatio(s.devicePixelRatio);
        return image;
    }

    // Frames at dates through 2015–2020 in `filter`'s mode, each within `tolerance` of the plain
    // drawing. Blending the symbols as one layer rounds differently from blending them one by
    // one: where many soft edges overlap (large symbols, dense places) by more than two levels.
    void expectFramesAsDrawnDirectly(OverlayStyle style, TimeFilter filter, double ratio = 1,
                                     int rows = 20000, int tolerance = 2)
    {
        const auto overlay = events(rows, 400);
        style.time = filter;
        RenderCache cache; // the window's way: the frames after the first are date changes
        for (int i = 0; i < 8; ++i) {
            MapSettings s = bare(overlay, style, Date::fromYmd(2015, 2, 1).addDays(i * 263));
            s.size = QSize(960, 600);
            s.devicePixelRatio = ratio;
            const QImage frame = renderer.renderImage(s, &cache);
            ASSERT_LE(test::largestDifference(frame, direct(s)), tolerance) << "frame " << i;
        }
    }
};

OverlayStyle acledStyle()
{
    Overlay acled;
    acled.acled = true;
    return OverlayStyle::defaultFor(acled, 0);
}

TEST_F(OverlayPointsTest, UpToTheDateEveryFrameIsTheEventsTheFilterKeeps)
{
    // Most dates show more events than there are places: found place by place.
    expectFramesAsDrawnDirectly(acledStyle(), {TimeFilter::Mode::UpTo, 1, TimeFilter::Unit::Days});
}

TEST_F(OverlayPointsTest, InTheLastWeeksOrMonthsEveryFrameIsTheEventsTheFilterKeeps)
{
    // Two weeks show fewer events than places (found event by event), a year more.
    expectFramesAsDrawnDirectly(acledStyle(),
                                {TimeFilter::Mode::Within, 2, TimeFilter::Unit::Weeks});
    expectFramesAsDrawnDirectly(acledStyle(),
                                {TimeFilter::Mode::Within, 12, TimeFilter::Unit::Months});
}

TEST_F(OverlayPointsTest, OnTheDayEveryFrameIsTheEventsTheFilterKeeps)
{
    expectFramesAsDrawnDirectly(acledStyle(), {TimeFilter::Mode::OnDay, 1, TimeFilter::Unit::Days});
}

TEST_F(OverlayPointsTest, SizedByFatalitiesHardEdgedSymbolsAreExactlyAsDrawnDirectly)
{
    // Squares of odd pixel sizes (7, 9, 11, 13) cover whole pixels: any blending order gives
    // the same pixels, so only the events drawn and their stacking can differ.
    OverlayStyle style = acledStyle();
    style.sizeField = QStringLiteral("fatalities");
    style.symbol = OverlayStyle::Symbol::Square;
    style.size = 7;
    style.strokeWidth = 0;
    expectFramesAsDrawnDirectly(style, {TimeFilter::Mode::UpTo, 1, TimeFilter::Unit::Days}, 1,
                                20000, 0);
    expectFramesAsDrawnDirectly(style, {TimeFilter::Mode::Within, 6, TimeFilter::Unit::Months}, 1,
                                20000, 0);
}

TEST_F(OverlayPointsTest, OnAHighDensityScreenTheSymbolsLandOnTheSamePixels)
{
    // 4 px squares are 5 device pixels at 1.25, hard-edged again.
    OverlayStyle style = acledStyle();
    style.symbol = OverlayStyle::Symbol::Square;
    style.size = 4;
    style.strokeWidth = 0;
    expectFramesAsDrawnDirectly(style, {TimeFilter::Mode::UpTo, 1, TimeFilter::Unit::Days}, 1.25,
                                20000, 0);
}

TEST_F(OverlayPointsTest, TheMostRecentEventAtAPlaceIsOnTop)
{
    // Battles, then protests, then battles again at one place.
    auto o = events(0, 0);
    const GeoPoint place{41.0, 34.4};
    const std::vector<std::pair<Date, std::uint32_t>> rows{{Date::fromYmd(2019, 1, 5), 0},
                                                           {Date::fromYmd(2019, 3, 5), 1},
                                                           {Date::fromYmd(2019, 6, 5), 0}};
    for (const auto& [date, type] : rows) {
        o->features.push_back({0, static_cast<std::uint32_t>(o->features.size()), 1,
                               date.julianDay(), date.julianDay(), GeometryType::Point,
                               OverlayDatePrecision::Day});
        o->vertices.push_back(place);
        o->partStarts.push_back(static_cast<std::uint32_t>(o->vertices.size()));
        o->columns[0].index.push_back(type);
        o->columns[1].index.push_back(0);
    }
    o->sortByDate();
    OverlayStyle style = acledStyle();
    const std::vector<QColor> colors = style.categoryColors(*o);
    const auto centre = [&](Date date) {
        const MapSettings s = bare(o, style, date);
        const QPointF at =
            MapRenderer::viewport(s).toScreen(*renderer.transform(s.crs).forward(place));
        return test::pixelAt(renderer.renderImage(s), at);
    };
    EXPECT_EQ(centre(Date::fromYmd(2019, 2, 1)), colors[0]);
    EXPECT_EQ(centre(Date::fromYmd(2019, 4, 1)), colors[1]);
    EXPECT_EQ(centre(Date::fromYmd(2019, 7, 1)), colors[0]); // battles again, over the protests
    EXPECT_EQ(centre(Date::fromYmd(2018, 12, 1)), kBackground);
}

TEST_F(OverlayPointsTest, AHalfOpaqueLayerBlendsItsSymbolsTogether)
{
    // Two symbols on one place: the layer's opacity applies once, not once a symbol.
    auto o = events(0, 0);
    for (std::uint32_t type : {0u, 1u}) {
        o->features.push_back({0, type, 1, 0, 0, GeometryType::Point, OverlayDatePrecision::None});
        o->vertices.push_back({41.0, 34.4});
        o->partStarts.push_back(type + 1);
        o->columns[0].index.push_back(type);
        o->columns[1].index.push_back(0);
    }
    o->dateField.clear();
    OverlayStyle style = acledStyle();
    style.opacity = 0.5;
    const MapSettings s = bare(o, style, Date::fromYmd(2019, 1, 1));
    const QPointF at =
        MapRenderer::viewport(s).toScreen(*renderer.transform(s.crs).forward({41.0, 34.4}));
    const QColor top = style.categoryColors(*o)[1];
    const QColor c = test::pixelAt(renderer.renderImage(s), at);
    EXPECT_NEAR(c.red(), (top.red() + kBackground.red()) / 2, 2);
    EXPECT_NEAR(c.green(), (top.green() + kBackground.green()) / 2, 2);
    EXPECT_NEAR(c.blue(), (top.blue() + kBackground.blue()) / 2, 2);
}

} // namespace
} // namespace frontier
