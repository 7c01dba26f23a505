#include "OverlayPick.h"

#include "geo/Viewport.h"
#include "overlay/ProjectedOverlay.h"

#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace frontier::OverlayPick {
namespace {

constexpr double kSlack = 3; // px around a symbol or a line

double segmentDistance(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

bool hits(const OverlayFeature& f, const ProjectedOverlay& projected, const Viewport& vp,
          const OverlayStyle& style, QPointF pos)
{
    if (f.type == GeometryType::Polygon) {
        // Inside an odd number of rings: inside the polygon, outside its holes.
        bool inside = false;
        for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p) {
            QPolygonF ring;
            for (const MapPoint& m : projected.part(p))
                ring << vp.toScreen(m);
            inside ^= ring.containsPoint(pos, Qt::OddEvenFill);
        }
        return inside;
    }
    const double reach =
        f.type == GeometryType::Point ? style.size / 2 + kSlack : style.strokeWidth / 2 + kSlack;
    for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p) {
        const auto part = projected.part(p);
        for (std::size_t i = 0; i < part.size(); ++i) {
            const QPointF a = vp.toScreen(part[i]);
            const QPointF b = i + 1 < part.size() ? vp.toScreen(part[i + 1]) : a;
            if (segmentDistance(pos, a, b) <= reach)
                return true;
        }
    }
    return false;
}

} // namespace

std::optional<Hit> at(const MapSettings& settings,
                      std::span<const ProjectedOverlay* const> projected, QPointF pos)
{
    const Viewport vp(settings.extent, settings.logicalSize());
    std::vector<std::uint32_t> candidates;
    for (std::size_t o = settings.overlays.size(); o-- > 0;) {
        const OverlayView& view = settings.overlays[o];
        if (!view.style.visible)
            continue;
        const double r = (view.style.size * 3 + kSlack) * vp.unitsPerPixel();
        const MapPoint m = vp.toMap(pos);
        projected[o]->query({m.x - r, m.y - r, m.x + r, m.y + r}, candidates);
        // The last drawn is on top.
        for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
            const OverlayFeature& f = view.overlay->features[*it];
            if (view.overlay->isDated() &&
                !view.style.time.shows(f.firstDay, f.lastDay, settings.date))
                continue;
            if (hits(f, *projected[o], vp, view.style, pos))
                return Hit{o, *it};
        }
    }
    return std::nullopt;
}

} // namespace frontier::OverlayPick
