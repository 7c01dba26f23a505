#pragma once

#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <vector>

namespace frontier {

/// \brief Keeps labels from overlapping: each placement is checked against what is already
/// placed, the reserved areas (decorations, symbols) and the lines labels must not cover (the
/// frontier). Greedy, in priority order.
class LabelEngine {
public:
    /// A label as placed.
    struct Placed {
        QRectF rect;
        QString text;
    };

    explicit LabelEngine(QRectF bounds) : m_bounds(bounds) {}

    /// Blocks an area (a legend, a marker) for all later labels.
    void reserve(const QRectF& r) { m_taken.push_back(r); }
    /// Keeps later labels off a line `width` px wide.
    void avoidLine(const QPolygonF& line, double width);
    /// True, and the area is taken, if `r` lies inside the map, overlaps nothing taken and
    /// crosses no avoided line.
    bool tryPlace(const QRectF& r, const QString& text = {});
    /// True if `r` lies inside the map and overlaps nothing taken (lines aside: for symbols).
    bool isFree(const QRectF& r) const;
    /// The labels placed so far, in order.
    const std::vector<Placed>& placed() const { return m_placed; }

private:
    bool crossesLine(const QRectF& r) const;

    struct Segment {
        QPointF a, b;
        QRectF bounds; ///< grown by half the line's width
    };
    /// A run of consecutive segments with their common bounds: most labels skip it whole.
    struct Run {
        QRectF bounds;
        std::size_t first, end;
    };
    QRectF m_bounds;
    std::vector<QRectF> m_taken;
    std::vector<Segment> m_segments;
    std::vector<Run> m_runs;
    std::vector<Placed> m_placed;
};

} // namespace frontier
