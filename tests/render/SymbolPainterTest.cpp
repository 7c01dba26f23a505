#include "RenderTest.h"
#include "render/decorations/Legend.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

using namespace frontier;

namespace {

using SymbolPainterTest = test::RenderTest;

// What the eye reads from a status ring: how many separate strokes make it up (0: an unbroken
// ring) and whether a bar crosses the disc.
struct RingShape {
    int strokes = 0;
    double inked = 0; ///< the share of the ring's circle that is ink
    bool bar = false;
};

bool isInk(const QColor& c)
{
    return (255 - c.red()) + (255 - c.green()) + (255 - c.blue()) > 150;
}
bool isNear(const QColor& a, const QColor& b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
               std::abs(a.blue() - b.blue()) <
           60;
}

// Reads the ring of a symbol at `centre` (logical px) drawn `scale` times the map's size, away
// from where co-holders' pips sit (left and right).
RingShape readRing(const QImage& image, QPointF centre, double scale, double dpr,
                   const Style& style)
{
    const double r = (style.crossingRadius + 2) * scale; // the ring's centre line
    std::vector<bool> ink;
    for (const double from : {30.0, 210.0}) // the lower and the upper arc, 120° each
        for (double deg = from; deg <= from + 120; deg += 0.25) {
            const double a = deg * std::numbers::pi / 180;
            ink.push_back(isInk(
                test::pixelAt(image, centre + QPointF(r * std::cos(a), r * std::sin(a)), dpr)));
        }
    RingShape shape;
    const std::size_t half = ink.size() / 2;
    for (std::size_t i = 0; i < ink.size(); ++i) {
        const bool strokeEnds = i + 1 == half || i + 1 == ink.size() || !ink[i + 1];
        shape.strokes += ink[i] && strokeEnds;
    }
    shape.inked = double(std::count(ink.begin(), ink.end(), true)) / double(ink.size());
    const double x = style.crossingRadius * 0.5 * scale;
    shape.bar = isNear(test::pixelAt(image, centre + QPointF(x, 0), dpr), style.closed) &&
                isNear(test::pixelAt(image, centre + QPointF(-x, 0), dpr), style.closed);
    return shape;
}

// A date and crossing in `status` with no mark drawn over its ring.
std::optional<std::pair<Date, int>> plainCrossingIn(const Timeline& t, CrossingStatus status)
{
    std::vector<FeatureState> states;
    for (Date d = Date::fromYmd(2012, 1, 1); d < Date::fromYmd(2026, 1, 1); d = d.addDays(10)) {
        t.stateAt(d, states);
        for (const FeatureState& s : std::span(states).first(t.dataset().crossings().size()))
            if (s.status == status && !s.approximate() && !s.disputed())
                return std::pair{d, s.feature};
    }
    return std::nullopt;
}

void expectShape(const RingShape& shape, CrossingStatus status, const char* where)
{
    SCOPED_TRACE(where);
    switch (status) {
    case CrossingStatus::Open:
        EXPECT_GT(shape.inked, 0.97);
        EXPECT_FALSE(shape.bar);
        break;
    case CrossingStatus::Closed:
        EXPECT_GT(shape.inked, 0.97);
        EXPECT_TRUE(shape.bar);
        break;
    case CrossingStatus::Restricted: // dashes
        EXPECT_GE(shape.strokes, 4);
        EXPECT_LE(shape.strokes, 9);
        EXPECT_GT(shape.inked, 0.45);
        EXPECT_LT(shape.inked, 0.85);
        EXPECT_FALSE(shape.bar);
        break;
    case CrossingStatus::Unknown: // dots: more, shorter strokes
        EXPECT_GT(shape.strokes, 9);
        EXPECT_LT(shape.inked, 0.45);
        EXPECT_FALSE(shape.bar);
        break;
    }
}

class StatusShapes : public SymbolPainterTest, public ::testing::WithParamInterface<double> {};

TEST_P(StatusShapes, EveryStatusHasItsOwnRingOnTheMapAndTheSameInTheLegend)
{
    const double dpr = GetParam();
    for (const CrossingStatus status : {CrossingStatus::Open, CrossingStatus::Restricted,
                                        CrossingStatus::Closed, CrossingStatus::Unknown}) {
        SCOPED_TRACE(statusName(status).toStdString());
        const auto found = plainCrossingIn(renderer.timeline(), status);
        ASSERT_TRUE(found) << statusName(status).toStdString();
        MapSettings s = settings(found->first, QSize(int(960 * dpr), int(600 * dpr)));
        s.devicePixelRatio = dpr;
        s.layers = static_cast<unsigned>(MapLayerId::Crossings);
        s.decorations = static_cast<unsigned>(Decoration::Legend);
        const QImage image = renderer.renderImage(s);
        const RingShape onMap =
            readRing(image, renderer.crossingPosition(s, found->second), 1, dpr, renderer.style());
        expectShape(onMap, status, "map");

        std::vector<FeatureState> states;
        renderer.timeline().stateAt(s.date, states);
        const auto entries = Legend::entries(renderer.timeline().dataset(), states, s);
        const auto row = std::find(entries.begin(), entries.end(),
                                   Legend::Entry{Legend::Entry::Kind::Status,
                                                 [&] {
                                                     QString n = statusName(status);
                                                     n[0] = n[0].toUpper();
                                                     return n;
                                                 }(),
                                                 static_cast<int>(status)});
        ASSERT_NE(row, entries.end());
        const QPointF centre = Legend::symbolCentre(renderer.decorationArea(s, Decoration::Legend),
                                                    entries, std::size_t(row - entries.begin()));
        const RingShape inLegend =
            readRing(image, centre, Legend::kSymbolScale, dpr, renderer.style());
        expectShape(inLegend, status, "legend");
        if (status == CrossingStatus::Restricted) {
            EXPECT_NEAR(inLegend.strokes, onMap.strokes, 1);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(ScreenAndPrint, StatusShapes, ::testing::Values(1.0, 300.0 / 96));

} // namespace
