#pragma once

#include <QRectF>

#include <vector>

namespace frontier {

/// \brief Keeps labels from overlapping: each placement is checked against what is already
/// placed and the reserved areas (decorations, symbols). Greedy, in priority order.
class LabelEngine {
public:
    explicit LabelEngine(QRectF bounds) : m_bounds(bounds) {}

    /// Blocks an area (a legend, a marker) for all later labels.
    void reserve(const QRectF& r) { m_taken.push_back(r); }
    /// True, and the area is taken, if `r` lies inside the map and overlaps nothing taken.
    bool tryPlace(const QRectF& r);
    bool isFree(const QRectF& r) const;

private:
    QRectF m_bounds;
    std::vector<QRectF> m_taken;
};

} // namespace frontier
