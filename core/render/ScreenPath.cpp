#include "ScreenPath.h"

#include <QPolygonF>

#include <utility>
#include <vector>

namespace frontier {
namespace {

// Douglas–Peucker: the vertices that keep the line within kTolerance px of itself.
QPolygonF simplified(const QPolygonF& in)
{
    constexpr double kTolerance = 0.35;
    const auto n = in.size();
    if (n < 3)
        return in;
    std::vector<char> keep(static_cast<std::size_t>(n), 0);
    keep.front() = keep.back() = 1;
    std::vector<std::pair<qsizetype, qsizetype>> spans{{0, n - 1}};
    while (!spans.empty()) {
        const auto [a, b] = spans.back();
        spans.pop_back();
        const QPointF p = in[a], d = in[b] - p;
        const double len2 = d.x() * d.x() + d.y() * d.y();
        double worst = 0;
        qsizetype at = -1;
        for (qsizetype i = a + 1; i < b; ++i) {
            const QPointF v = in[i] - p;
            double dist2;
            if (len2 == 0) {
                dist2 = v.x() * v.x() + v.y() * v.y();
            } else {
                const double cross = v.x() * d.y() - v.y() * d.x();
                dist2 = cross * cross / len2;
            }
            if (dist2 > worst) {
                worst = dist2;
                at = i;
            }
        }
        if (at >= 0 && worst > kTolerance * kTolerance) {
            keep[static_cast<std::size_t>(at)] = 1;
            spans.push_back({a, at});
            spans.push_back({at, b});
        }
    }
    QPolygonF out;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        if (keep[static_cast<std::size_t>(i)])
            out.append(in[i]);
    return out;
}

} // namespace

bool ScreenPath::visible(const ProjectedFeature& feature, const Viewport& viewport)
{
    return feature.bounds.intersects(viewport.extent());
}

void ScreenPath::appendPart(QPainterPath& path, std::span<const MapPoint> part,
                            const Viewport& viewport, bool closed, const MapRect& view)
{
    if (part.empty())
        return;
    if (!closed) {
        // Skip parts wholly outside the view (cheap test on the part's own points).
        MapRect b = MapRect::empty();
        for (const MapPoint& m : part)
            b.include(m);
        if (!b.intersects(view))
            return;
    }
    constexpr double kMinStep2 = 0.25; // (half a pixel)^2
    QPolygonF poly;
    poly.reserve(static_cast<qsizetype>(part.size()));
    QPointF last = viewport.toScreen(part.front());
    poly.append(last);
    for (std::size_t i = 1; i < part.size(); ++i) {
        const QPointF p = viewport.toScreen(part[i]);
        const QPointF d = p - last;
        if (d.x() * d.x() + d.y() * d.y() < kMinStep2 && i + 1 < part.size())
            continue;
        poly.append(p);
        last = p;
    }
    poly = simplified(poly);
    if (closed && poly.size() < 3)
        return;
    path.addPolygon(poly);
    if (closed)
        path.closeSubpath();
}

QPainterPath ScreenPath::build(const ProjectedFeature& feature, const Viewport& viewport,
                               bool closed)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const MapRect view = viewport.extent().grown(0.05);
    for (const auto& part : feature.parts)
        appendPart(path, part, viewport, closed, view);
    return path;
}

} // namespace frontier
