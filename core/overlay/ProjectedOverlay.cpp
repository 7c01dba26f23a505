#include "ProjectedOverlay.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace frontier {

namespace {

// `parts` (each a span of points) thinned: a point within `tolerance` on both axes of the last
// one kept on its part is left out; each part's ends stay.
template <class Point, class Coordinates>
std::vector<Point> thinned(std::size_t partCount, auto&& part, double tolerance,
                           std::vector<std::uint32_t>& starts, Coordinates xy)
{
    std::vector<Point> out;
    starts.assign(1, 0);
    for (std::size_t p = 0; p < partCount; ++p) {
        const std::span<const Point> points = part(p);
        for (std::size_t i = 0; i < points.size(); ++i) {
            const bool ends = i == 0 || i + 1 == points.size();
            const auto [x, y] = xy(points[i]);
            if (ends || std::abs(x - xy(out.back()).first) > tolerance ||
                std::abs(y - xy(out.back()).second) > tolerance)
                out.push_back(points[i]);
        }
        starts.push_back(static_cast<std::uint32_t>(out.size()));
    }
    return out;
}

} // namespace

ProjectedOverlay::ProjectedOverlay(const Overlay& overlay, const CoordinateTransform& transform,
                                   double tolerance)
    : m_bounds(overlay.features.size(), MapRect::empty())
{
    m_parts.starts = overlay.partStarts;
    if (tolerance > 0) {
        const std::vector<GeoPoint> vertices = thinned<GeoPoint>(
            overlay.partStarts.size() - 1, [&](std::size_t p) { return overlay.part(p); },
            tolerance, m_parts.starts, [](const GeoPoint& g) { return std::pair(g.lon, g.lat); });
        m_parts.vertices.resize(vertices.size());
        transform.forward(vertices, m_parts.vertices);
    } else {
        m_parts.vertices.resize(overlay.vertices.size());
        transform.forward(overlay.vertices, m_parts.vertices);
    }
    for (std::size_t f = 0; f < overlay.features.size(); ++f) {
        const OverlayFeature& feature = overlay.features[f];
        for (std::uint32_t p = feature.firstPart; p < feature.firstPart + feature.partCount; ++p)
            for (const MapPoint& v : part(p))
                if (std::isfinite(v.x) && std::isfinite(v.y))
                    m_bounds[f].include(v);
        if (std::isfinite(m_bounds[f].xmin)) {
            m_extent.include({m_bounds[f].xmin, m_bounds[f].ymin});
            m_extent.include({m_bounds[f].xmax, m_bounds[f].ymax});
        }
    }
    if (overlay.raster)
        for (const MapPoint& v : m_parts.vertices) // its footprint
            if (std::isfinite(v.x) && std::isfinite(v.y))
                m_extent.include(v);
    if (!std::isfinite(m_extent.xmin))
        return;
    // About four features a cell, at most 1024 × 1024 cells.
    const double n = static_cast<double>(overlay.features.size());
    const int side = std::clamp(static_cast<int>(std::sqrt(n / 4)), 1, 1024);
    m_cols = m_rows = side;
    m_cellW = std::max(m_extent.width() / side, 1e-9);
    m_cellH = std::max(m_extent.height() / side, 1e-9);
    // Two passes: count each cell's features, then fill them in the overlay's order.
    m_cellStarts.assign(static_cast<std::size_t>(m_cols) * m_rows + 1, 0);
    const auto eachCell = [this](const MapRect& b, auto&& visit) {
        for (int cy = cellY(b.ymin); cy <= cellY(b.ymax); ++cy)
            for (int cx = cellX(b.xmin); cx <= cellX(b.xmax); ++cx)
                visit(cellIndex(cx, cy));
    };
    for (const MapRect& b : m_bounds)
        if (std::isfinite(b.xmin))
            eachCell(b, [this](std::size_t c) { ++m_cellStarts[c + 1]; });
    for (std::size_t c = 1; c < m_cellStarts.size(); ++c)
        m_cellStarts[c] += m_cellStarts[c - 1];
    m_cellFeatures.resize(m_cellStarts.back());
    std::vector<std::uint32_t> fill(m_cellStarts.begin(), m_cellStarts.end() - 1);
    for (std::size_t f = 0; f < m_bounds.size(); ++f)
        if (std::isfinite(m_bounds[f].xmin))
            eachCell(m_bounds[f], [&](std::size_t c) {
                m_cellFeatures[fill[c]++] = static_cast<std::uint32_t>(f);
            });
    m_oneCellEach = m_cellFeatures.size() <= m_bounds.size();
}

const ProjectedOverlay::Parts& ProjectedOverlay::forScale(double unitsPerPixel) const
{
    // Every part a single vertex (points): nothing to thin.
    if (m_parts.vertices.size() + 1 == m_parts.starts.size() || !(unitsPerPixel > 0))
        return m_parts;
    // The largest power of two up to half a pixel.
    const int level = static_cast<int>(std::floor(std::log2(unitsPerPixel / 2)));
    const std::lock_guard lock(m_kept->mutex);
    auto [it, added] = m_kept->parts.try_emplace(level);
    if (added)
        it->second.vertices = thinned<MapPoint>(
            m_parts.starts.size() - 1, [this](std::size_t p) { return m_parts.part(p); },
            std::ldexp(1.0, level), it->second.starts,
            [](const MapPoint& m) { return std::pair(m.x, m.y); });
    return it->second;
}

const PointGroups& ProjectedOverlay::pointGroups(const Overlay& overlay,
                                                 const OverlayStyle& style) const
{
    const std::lock_guard lock(m_kept->mutex);
    const std::pair key = PointGroups::columns(overlay, style);
    auto it = m_kept->groups.find(key);
    if (it == m_kept->groups.end())
        it =
            m_kept->groups.try_emplace(key, overlay, m_parts.vertices, m_parts.starts, style).first;
    return it->second;
}

double ProjectedOverlay::tolerance(const CoordinateTransform& transform, const MapRect& view,
                                   double units)
{
    constexpr int kSteps = 8;
    constexpr double kDelta = 1e-3; // degrees
    // A step's length in map units; infinite where it cannot be projected.
    const auto length = [&transform](const MapPoint& a, const GeoPoint& to) {
        const auto b = transform.forward(to);
        return b ? std::hypot(b->x - a.x, b->y - a.y) : std::numeric_limits<double>::infinity();
    };
    double unitsPerDegree = 0;
    for (int i = 0; i <= kSteps; ++i)
        for (int j = 0; j <= kSteps; ++j) {
            const MapPoint m{view.xmin + view.width() * i / kSteps,
                             view.ymin + view.height() * j / kSteps};
            const auto g = transform.inverse(m);
            if (!g || std::abs(g->lat) > 90 - kDelta)
                continue;
            const auto a = transform.forward(*g);
            if (!a)
                continue;
            // Each axis stepped both ways, the shorter kept: a step across the antimeridian or
            // another cut of the projection jumps across the map and is not the scale.
            const double east = std::min(length(*a, {g->lon + kDelta, g->lat}),
                                         length(*a, {g->lon - kDelta, g->lat}));
            const double north = std::min(length(*a, {g->lon, g->lat + kDelta}),
                                          length(*a, {g->lon, g->lat - kDelta}));
            for (const double step : {east, north})
                if (std::isfinite(step))
                    unitsPerDegree = std::max(unitsPerDegree, step / kDelta);
        }
    return unitsPerDegree > 0 ? units / unitsPerDegree : 0;
}

int ProjectedOverlay::cellX(double x) const
{
    return std::clamp(static_cast<int>((x - m_extent.xmin) / m_cellW), 0, m_cols - 1);
}

int ProjectedOverlay::cellY(double y) const
{
    return std::clamp(static_cast<int>((y - m_extent.ymin) / m_cellH), 0, m_rows - 1);
}

void ProjectedOverlay::query(const MapRect& rect, std::vector<std::uint32_t>& out) const
{
    out.clear();
    if (m_cellFeatures.empty() || !rect.intersects(m_extent))
        return;
    if (rect.xmin <= m_extent.xmin && rect.ymin <= m_extent.ymin && rect.xmax >= m_extent.xmax &&
        rect.ymax >= m_extent.ymax) {
        for (std::size_t f = 0; f < m_bounds.size(); ++f)
            if (std::isfinite(m_bounds[f].xmin))
                out.push_back(static_cast<std::uint32_t>(f));
        return;
    }
    for (int cy = cellY(rect.ymin); cy <= cellY(rect.ymax); ++cy)
        for (int cx = cellX(rect.xmin); cx <= cellX(rect.xmax); ++cx) {
            const std::size_t c = cellIndex(cx, cy);
            for (std::uint32_t i = m_cellStarts[c]; i < m_cellStarts[c + 1]; ++i)
                if (m_bounds[m_cellFeatures[i]].intersects(rect))
                    out.push_back(m_cellFeatures[i]);
        }
    // Features in one cell each (points) come cell by cell; the others are listed once, in order.
    if (!m_oneCellEach) {
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
    }
}

} // namespace frontier
