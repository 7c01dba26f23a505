#include "ScreenPath.h"

#include <QPolygonF>

namespace frontier {

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
