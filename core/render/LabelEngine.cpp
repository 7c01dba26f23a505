#include "LabelEngine.h"

#include <QLineF>

#include <algorithm>

namespace frontier {

void LabelEngine::avoidLine(const QPolygonF& line, double width)
{
    const double h = width / 2;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1], b = line[i];
        const QRectF bounds = QRectF(a, b).normalized().adjusted(-h, -h, h, h);
        if (bounds.intersects(m_bounds))
            m_segments.push_back({a, b, bounds});
    }
}

bool LabelEngine::crossesLine(const QRectF& r) const
{
    return std::any_of(m_segments.begin(), m_segments.end(), [&](const Segment& s) {
        if (!s.bounds.intersects(r))
            return false;
        // Grown by the line's half width, the label's box must not meet the segment.
        const double h = (s.bounds.width() - std::abs(s.b.x() - s.a.x())) / 2;
        const QRectF g = r.adjusted(-h, -h, h, h);
        if (g.contains(s.a) || g.contains(s.b))
            return true;
        const QLineF seg(s.a, s.b);
        const QLineF edges[4] = {{g.topLeft(), g.topRight()},
                                 {g.topRight(), g.bottomRight()},
                                 {g.bottomRight(), g.bottomLeft()},
                                 {g.bottomLeft(), g.topLeft()}};
        return std::any_of(std::begin(edges), std::end(edges), [&](const QLineF& e) {
            return seg.intersects(e, nullptr) == QLineF::BoundedIntersection;
        });
    });
}

bool LabelEngine::isFree(const QRectF& r) const
{
    if (!m_bounds.contains(r))
        return false;
    return std::none_of(m_taken.begin(), m_taken.end(),
                        [&](const QRectF& t) { return t.intersects(r); });
}

bool LabelEngine::tryPlace(const QRectF& r, const QString& text)
{
    if (!isFree(r) || crossesLine(r))
        return false;
    m_taken.push_back(r);
    m_placed.push_back({r, text});
    return true;
}

} // namespace frontier
