#include "OffsetLine.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace frontier::OffsetLine {
namespace {

constexpr double kMiterLimit = 2; // a vertex moves at most this many times `distance`

double length(QPointF v)
{
    return std::hypot(v.x(), v.y());
}

// The unit normal to the right of a → b (screen y grows downwards).
QPointF rightNormal(QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double l = length(d);
    return l > 0 ? QPointF(-d.y() / l, d.x() / l) : QPointF();
}

} // namespace

QPolygonF toScreen(const std::vector<MapPoint>& line, const Viewport& viewport, double minStep)
{
    QPolygonF out;
    out.reserve(static_cast<qsizetype>(line.size()));
    const double min2 = minStep * minStep;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const QPointF p = viewport.toScreen(line[i]);
        if (!out.isEmpty()) {
            const QPointF d = p - out.back();
            if (d.x() * d.x() + d.y() * d.y() < min2) {
                if (i + 1 == line.size() && out.size() > 1)
                    out.back() = p; // keep the true end: the next sector starts there
                continue;
            }
        }
        out.append(p);
    }
    return out;
}

QPolygonF offset(const QPolygonF& line, double distance)
{
    const qsizetype n = line.size();
    QPolygonF out(n);
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF before = i > 0 ? rightNormal(line[i - 1], line[i]) : QPointF();
        const QPointF after = i + 1 < n ? rightNormal(line[i], line[i + 1]) : QPointF();
        QPointF normal = before + after;
        const double l = length(normal);
        if (l < 1e-9) {
            out[i] = line[i] + (i > 0 ? before : after) * distance; // an end, or a U-turn
            continue;
        }
        normal /= l;
        // Lengthen by 1 / cos(half the bend) so the band keeps its width: a mitre.
        const QPointF reference = i > 0 ? before : after;
        const double cosHalf = normal.x() * reference.x() + normal.y() * reference.y();
        const double scale = std::min(1 / std::max(cosHalf, 1e-9), kMiterLimit);
        out[i] = line[i] + normal * (distance * scale);
    }
    return out;
}

double distance(const QPolygonF& line, QPointF p)
{
    double best = std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QPointF a = line[i], ab = line[i + 1] - a, ap = p - a;
        const double l2 = ab.x() * ab.x() + ab.y() * ab.y();
        const double t =
            l2 > 0 ? std::clamp((ap.x() * ab.x() + ap.y() * ab.y()) / l2, 0.0, 1.0) : 0.0;
        best = std::min(best, length(ap - ab * t));
    }
    if (line.size() == 1)
        best = length(p - line.front());
    return best;
}

} // namespace frontier::OffsetLine
