#include "RenderTest.h"
#include "render/OffsetLine.h"

#include <cmath>

using namespace frontier;

namespace {

using RibbonsLayerTest = test::RenderTest;

// Where to look at one sector's bands: a point on its line near its middle and the unit normal
// to the right of the line there (screen px).
struct Probe {
    QPointF onLine;
    QPointF right;
};

class RibbonsTest : public RibbonsLayerTest {
protected:
    // The ribbons alone on the sea colour.
    MapSettings ribbonsOnly(Date date)
    {
        MapSettings s = settings(date);
        s.layers = static_cast<unsigned>(MapLayerId::Ribbons);
        s.decorations = 0;
        return s;
    }
    Probe probe(const MapSettings& s, const QString& sector)
    {
        const Dataset& d = renderer.timeline().dataset();
        const int feature = d.featureIndex(sector);
        const auto& line = renderer.projected(s.crs)
                               .sectors()
                               .at(std::size_t(feature - d.firstSector()))
                               .parts.front();
        const QPolygonF screen = OffsetLine::toScreen(line, MapRenderer::viewport(s), 1.5);
        const qsizetype i = screen.size() / 2;
        const QLineF segment(screen[i - 1], screen[i]);
        const QPointF along = (segment.p2() - segment.p1()) / segment.length();
        return {segment.center(), QPointF(-along.y(), along.x())};
    }
    // The pixel in the middle of a band: `sign` +1 right of the line, -1 left.
    QColor bandPixel(const QImage& image, const Probe& p, double sign)
    {
        const Style& st = renderer.style();
        return test::pixelAt(image,
                             p.onLine + p.right * (sign * (st.ribbonGap + st.ribbonWidth / 2)));
    }
    // The actor whose colour is nearest `c` (the bands are slightly translucent).
    int nearestActor(QColor c)
    {
        int best = -1;
        double bestD = 1e9;
        const auto& colors = renderer.actorColors();
        for (std::size_t a = 0; a < colors.size(); ++a) {
            const double d = std::hypot(c.red() - colors[a].red(), c.green() - colors[a].green(),
                                        c.blue() - colors[a].blue());
            if (d < bestD) {
                bestD = d;
                best = int(a);
            }
        }
        return best;
    }
    const SideState& side(Date date, const QString& sector, Side which)
    {
        renderer.timeline().stateAt(date, m_states);
        return m_states.at(std::size_t(renderer.timeline().dataset().featureIndex(sector)))
            .side(which);
    }
    std::vector<FeatureState> m_states;
};

TEST_F(RibbonsTest, IraqsSideIsRightOfTheLineAndSyriasLeftInTheirControllersColours)
{
    const Dataset& d = renderer.timeline().dataset();
    const Date date = Date::fromYmd(2016, 6, 1);
    const QString sector = QStringLiteral("sinjar-north");
    // On 1 June 2016 the Peshmerga held the Iraqi side of North Sinjar, the SDF the Syrian side.
    ASSERT_EQ(side(date, sector, Side::IQ).controller, d.actorIndex(QStringLiteral("krg")));
    ASSERT_EQ(side(date, sector, Side::SY).controller, d.actorIndex(QStringLiteral("sdf")));
    const MapSettings s = ribbonsOnly(date);
    const QImage image = renderer.renderImage(s);
    const Probe p = probe(s, sector);
    EXPECT_GT(p.right.x(), 0) << "the line runs north-east: its right is towards Iraq, east";
    EXPECT_EQ(nearestActor(bandPixel(image, p, 1)), d.actorIndex(QStringLiteral("krg")));
    EXPECT_EQ(nearestActor(bandPixel(image, p, -1)), d.actorIndex(QStringLiteral("sdf")));
    // The line itself stays clear between the bands.
    EXPECT_EQ(test::pixelAt(image, p.onLine), renderer.style().sea);
}

TEST_F(RibbonsTest, EachSideFollowsTheTimelineOnOtherDates)
{
    const Dataset& d = renderer.timeline().dataset();
    for (const auto& [date, sector] :
         {std::pair{Date::fromYmd(2019, 6, 1), QStringLiteral("baaj")},
          std::pair{Date::fromYmd(2019, 6, 1), QStringLiteral("anbar-badia")},
          std::pair{Date::fromYmd(2016, 6, 1), QStringLiteral("rabia")}}) {
        SCOPED_TRACE((date.toString() + QLatin1Char(' ') + sector).toStdString());
        const int iq = side(date, sector, Side::IQ).controller;
        const int sy = side(date, sector, Side::SY).controller;
        ASSERT_NE(iq, sy) << "pick a sector whose sides differ";
        ASSERT_GE(iq, 0);
        ASSERT_GE(sy, 0);
        ASSERT_NE(iq, d.unknownActor());
        ASSERT_NE(sy, d.unknownActor());
        const MapSettings s = ribbonsOnly(date);
        const QImage image = renderer.renderImage(s);
        const Probe p = probe(s, sector);
        EXPECT_EQ(nearestActor(bandPixel(image, p, 1)), iq);
        EXPECT_EQ(nearestActor(bandPixel(image, p, -1)), sy);
    }
}

TEST_F(RibbonsTest, AnUnknownSideIsHatched)
{
    const Dataset& d = renderer.timeline().dataset();
    const Date date = Date::fromYmd(2012, 6, 1);
    // The first sector with an unknown, not approximate Iraqi side on that date.
    QString sector;
    for (const FrontierFeature& f : d.sectors()) {
        const SideState& iq = side(date, f.id, Side::IQ);
        if ((iq.controller < 0 || iq.controller == d.unknownActor()) && !iq.approximate) {
            sector = f.id;
            break;
        }
    }
    ASSERT_FALSE(sector.isEmpty());
    const MapSettings s = ribbonsOnly(date);
    const QImage image = renderer.renderImage(s);
    const Probe p = probe(s, sector);
    const Style& st = renderer.style();
    // Along the band's middle: both the unknown grey and the darker hatch lines.
    int hatch = 0, grey = 0;
    const QPointF along(p.right.y(), -p.right.x());
    for (int t = -20; t <= 20; ++t) {
        const QColor c = test::pixelAt(image, p.onLine + along * t +
                                                  p.right * (st.ribbonGap + st.ribbonWidth / 2));
        hatch += c.lightness() < st.hatch.lightness() + 25;
        grey += std::abs(c.lightness() - st.unknownActor.lightness()) < 12;
    }
    EXPECT_GE(hatch, 3);
    EXPECT_GE(grey, 8);
}

TEST_F(RibbonsTest, HitTestFindsTheSectorUnderARibbonPixel)
{
    const Dataset& d = renderer.timeline().dataset();
    const MapSettings s = ribbonsOnly(Date::fromYmd(2016, 6, 1));
    const int sinjar = d.featureIndex(QStringLiteral("sinjar-north"));
    const Probe p = probe(s, QStringLiteral("sinjar-north"));
    const Style& st = renderer.style();
    for (const double sign : {1.0, -1.0})
        EXPECT_EQ(renderer.sectorAt(s, p.onLine + p.right * (sign * (st.ribbonGap + 2))), sinjar);
    EXPECT_EQ(renderer.sectorAt(s, p.onLine + p.right * 40), -1);
    EXPECT_EQ(renderer.sectorAt(s, {5, 5}), -1);
    MapSettings off = s;
    off.layers = static_cast<unsigned>(MapLayerId::Crossings);
    EXPECT_EQ(renderer.sectorAt(off, p.onLine), -1);
}

TEST_F(RibbonsTest, RibbonsStayUnderTheCrossingSymbols)
{
    MapSettings s = settings(Date::fromYmd(2016, 6, 1));
    s.decorations = 0;
    const int qaim = renderer.timeline().dataset().featureIndex(QStringLiteral("qaim-albukamal"));
    const QPointF centre = renderer.crossingPosition(s, qaim);
    s.layers = static_cast<unsigned>(MapLayerId::Crossings);
    const QImage alone = renderer.renderImage(s);
    s.layers |= static_cast<unsigned>(MapLayerId::Ribbons);
    const QImage withRibbons = renderer.renderImage(s);
    // Within a few levels: the antialiased seam between the halves lets a trace through.
    for (int dy = -8; dy <= 8; dy += 4)
        for (int dx = -8; dx <= 8; dx += 4) {
            const QColor a = test::pixelAt(withRibbons, centre + QPointF(dx, dy));
            const QColor b = test::pixelAt(alone, centre + QPointF(dx, dy));
            EXPECT_LE(std::abs(a.lightness() - b.lightness()), 12) << dx << "," << dy;
        }
}

} // namespace
