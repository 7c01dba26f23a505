#include "LabelAnchor.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <queue>

namespace frontier {
namespace {

constexpr double kPrecision = 2; // px: good enough for a label's centre

constexpr qsizetype kRun = 16; // edges whose bounds are tested together

// A visible ring with its bounds, and the bounds of each run of kRun edges.
struct Ring {
    QPolygonF points;
    QRectF bounds;
    std::vector<QRectF> runs; // run r: the edges ending at points r*kRun … (r+1)*kRun-1

    Ring(QPolygonF p, QRectF b) : points(std::move(p)), bounds(b)
    {
        const qsizetype n = points.size();
        for (qsizetype first = 0; first < n; first += kRun) {
            // An edge joins point i and the one before it (the last, for the first).
            qreal left = points[(first + n - 1) % n].x(), right = left;
            qreal top = points[(first + n - 1) % n].y(), bottom = top;
            for (qsizetype i = first; i < std::min(first + kRun, n); ++i) {
                left = std::min(left, points[i].x());
                right = std::max(right, points[i].x());
                top = std::min(top, points[i].y());
                bottom = std::max(bottom, points[i].y());
            }
            runs.emplace_back(QPointF(left, top), QPointF(right, bottom));
        }
    }
};

// The squared distance from `p` to `box` (0 inside it).
double distance2(QPointF p, const QRectF& box)
{
    const double dx = std::max({box.left() - p.x(), 0.0, p.x() - box.right()});
    const double dy = std::max({box.top() - p.y(), 0.0, p.y() - box.bottom()});
    return dx * dx + dy * dy;
}

// Signed distance from `p` to the rings' edges: positive inside (even-odd), negative outside.
// A run of edges that can neither cross the ray from `p` to the right nor come nearer than the
// best edge so far is skipped whole: the result is that of testing every edge.
double signedDistance(QPointF p, const std::vector<Ring>& rings)
{
    bool inside = false;
    double best = std::numeric_limits<double>::infinity(); // squared
    for (const Ring& ring : rings) {
        // Outside a ring's bounds, the ray from `p` crosses the ring an even number of times and
        // no edge is nearer than the bounds: a ring whose bounds are no nearer than the best edge
        // so far changes nothing.
        const double boundsDistance2 = distance2(p, ring.bounds);
        if (boundsDistance2 > 0 && boundsDistance2 >= best)
            continue;
        const qsizetype n = ring.points.size();
        for (std::size_t r = 0; r < ring.runs.size(); ++r) {
            const QRectF& run = ring.runs[r];
            // An edge crosses the ray only if it spans p.y and reaches right of p (a margin
            // for the rounding of the crossing's x).
            const bool mayCross =
                run.top() <= p.y() && p.y() < run.bottom() && p.x() <= run.right() + 1e-6;
            const bool mayBeNearer = distance2(p, run) < best;
            if (!mayCross && !mayBeNearer)
                continue;
            const qsizetype first = qsizetype(r) * kRun;
            for (qsizetype i = first, j = (first + n - 1) % n; i < std::min(first + kRun, n);
                 j = i++) {
                const QPointF a = ring.points[i], b = ring.points[j];
                if ((a.y() > p.y()) != (b.y() > p.y()) &&
                    p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                    inside = !inside;
                if (!mayBeNearer)
                    continue;
                const QPointF ab = b - a;
                const double len2 = QPointF::dotProduct(ab, ab);
                const double t =
                    len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0;
                const QPointF d = p - (a + t * ab);
                best = std::min(best, QPointF::dotProduct(d, d));
            }
        }
    }
    return (inside ? 1 : -1) * std::sqrt(best);
}

struct Cell {
    QPointF centre;
    double half;     // half the cell's side
    double distance; // from the centre to the edges
    double potential() const
    {
        return distance + half * std::numbers::sqrt2;
    } // best inside the cell
    bool operator<(const Cell& other) const { return potential() < other.potential(); }
};

// `ring` clipped to the convex rectangle `view` (Sutherland–Hodgman).
QPolygonF clip(const QPolygonF& ring, const QRectF& view)
{
    QPolygonF out = ring;
    // One rectangle edge at a time: keep what is on its inner side.
    const auto clipEdge = [&](auto inside, auto cross) {
        if (out.isEmpty())
            return;
        QPolygonF in = out;
        out.clear();
        QPointF prev = in.back();
        for (const QPointF& cur : in) {
            if (inside(cur)) {
                if (!inside(prev))
                    out.append(cross(prev, cur));
                out.append(cur);
            } else if (inside(prev)) {
                out.append(cross(prev, cur));
            }
            prev = cur;
        }
    };
    const auto atX = [](QPointF a, QPointF b, double x) {
        return QPointF(x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()));
    };
    const auto atY = [](QPointF a, QPointF b, double y) {
        return QPointF(a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()), y);
    };
    clipEdge([&](QPointF p) { return p.x() >= view.left(); },
             [&](QPointF a, QPointF b) { return atX(a, b, view.left()); });
    clipEdge([&](QPointF p) { return p.x() <= view.right(); },
             [&](QPointF a, QPointF b) { return atX(a, b, view.right()); });
    clipEdge([&](QPointF p) { return p.y() >= view.top(); },
             [&](QPointF a, QPointF b) { return atY(a, b, view.top()); });
    clipEdge([&](QPointF p) { return p.y() <= view.bottom(); },
             [&](QPointF a, QPointF b) { return atY(a, b, view.bottom()); });
    return out;
}

} // namespace

std::optional<QPointF> LabelAnchor::visibleInterior(const std::vector<QPolygonF>& rings,
                                                    const QRectF& view)
{
    std::vector<Ring> visible;
    QRectF bounds;
    for (const QPolygonF& ring : rings) {
        QPolygonF c = clip(ring, view);
        if (c.size() < 3)
            continue;
        const QRectF ringBounds = c.boundingRect();
        bounds = bounds.united(ringBounds);
        visible.emplace_back(std::move(c), ringBounds);
    }
    if (visible.empty() || bounds.isEmpty())
        return std::nullopt;

    // Polylabel (Mapbox): split the bounds into cells, refine the most promising first.
    const double size = std::min(bounds.width(), bounds.height());
    const double half = size / 2;
    std::priority_queue<Cell> queue;
    for (double x = bounds.left(); x < bounds.right(); x += size)
        for (double y = bounds.top(); y < bounds.bottom(); y += size) {
            const QPointF c(x + half, y + half);
            queue.push({c, half, signedDistance(c, visible)});
        }
    Cell best{bounds.center(), 0, signedDistance(bounds.center(), visible)};
    while (!queue.empty()) {
        const Cell cell = queue.top();
        queue.pop();
        if (cell.distance > best.distance)
            best = cell;
        if (cell.potential() - best.distance <= kPrecision)
            continue;
        const double h = cell.half / 2;
        for (const QPointF d : {QPointF(-h, -h), QPointF(h, -h), QPointF(-h, h), QPointF(h, h)}) {
            const QPointF c = cell.centre + d;
            queue.push({c, h, signedDistance(c, visible)});
        }
    }
    if (best.distance <= 0)
        return std::nullopt;
    return best.centre;
}

} // namespace frontier
