#include "render/ScreenPath.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace frontier;

namespace {

// 1 map unit a pixel, the view's top left at (0, 400): screen y = 400 - map y.
Viewport view()
{
    return Viewport(MapRect{0, 0, 800, 400}, QSizeF(800, 400));
}

// The distance from `p` to the polyline `line`.
double distanceTo(QPointF p, const QPolygonF& line)
{
    double best = 1e9;
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QPointF a = line[i], d = line[i + 1] - a;
        const double len2 = QPointF::dotProduct(d, d);
        const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0;
        const QPointF q = a + t * d - p;
        best = std::min(best, std::hypot(q.x(), q.y()));
    }
    return best;
}

TEST(ScreenPathTest, SubPixelWigglesGoAndTheLineStaysWithinAThirdOfAPixel)
{
    ProjectedFeature f;
    std::vector<MapPoint> part;
    // A line across the view wiggling by 0.2 px every 0.6 px, with a real corner at x = 400.
    for (int i = 0; i <= 1000; ++i) {
        const double x = i * 0.6;
        const double y =
            (x < 400 ? 100 : 100 + (x - 400)) + 0.2 * std::sin(i * std::numbers::pi / 2);
        part.push_back({x, y});
        f.bounds.include(part.back());
    }
    f.parts.push_back(part);
    const QPainterPath path = ScreenPath::build(f, view(), false);
    const QPolygonF drawn = path.toSubpathPolygons().front();
    EXPECT_LT(drawn.size(), 10);
    for (const MapPoint& m : part)
        EXPECT_LE(distanceTo(view().toScreen(m), drawn), 0.35 + 1e-9);
    // The corner is kept.
    EXPECT_TRUE(std::any_of(drawn.begin(), drawn.end(), [](QPointF p) {
        return std::abs(p.x() - 400) < 1 && std::abs(p.y() - 300) < 1;
    }));
}

} // namespace
