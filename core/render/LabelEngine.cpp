#include "LabelEngine.h"

#include <QLineF>

#include <algorithm>

namespace frontier {

void LabelEngine::avoidLine(const QPolygonF& line, double width)
{
    constexpr std::size_t kRun = 32;
    const double h = width / 2;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1], b = line[i];
        const QRectF bounds = QRectF(a, b).normalized().adjusted(-h, -h, h, h);
        if (!bounds.intersects(m_bounds))
            continue;
        if (m_runs.empty() || m_runs.back().end != m_segments.size() ||
            m_runs.back().end - m_runs.back().first == kRun)
            m_runs.push_back({bounds, m_segments.size(), m_segments.size()});
        m_segments.push_back({a, b, bounds});
        m_runs.back().bounds |= bounds;
        m_runs.back().end = m_segments.size();
    }
}

bool LabelEngine::crossesLine(const QRectF& r) const
{
    const auto crosses = [&](const Segment& s) {
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
    };
    return std::any_of(m_runs.begin(), m_runs.end(), [&](const Run& run) {
        return run.bounds.intersects(r) &&
               std::any_of(m_segments.begin() + static_cast<std::ptrdiff_t>(run.first),
                           m_segments.begin() + static_cast<std::ptrdiff_t>(run.end), crosses);
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
