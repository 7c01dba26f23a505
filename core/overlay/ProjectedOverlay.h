#pragma once

#include "Overlay.h"
#include "PointGroups.h"
#include "geo/CoordinateTransform.h"
#include "geo/MapGeometry.h"

#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

namespace frontier {

/// \brief An overlay projected once into one CRS, with each feature's bounds and a grid index
/// that finds the features meeting a view's extent without looking at the others.
class ProjectedOverlay {
public:
    /// With a `tolerance` (degrees), a vertex within it of the last one kept on its part is
    /// left out before projecting: for a view where that is under a pixel (an export of the
    /// whole world), far fewer vertices are projected and drawn.
    ProjectedOverlay(const Overlay& overlay, const CoordinateTransform& transform,
                     double tolerance = 0);

    /// Parts of projected vertices: part p is vertices[starts[p], starts[p + 1]).
    struct Parts {
        std::vector<MapPoint> vertices;
        std::vector<std::uint32_t> starts;
        std::span<const MapPoint> part(std::size_t p) const
        {
            return std::span(vertices).subspan(starts[p], starts[p + 1] - starts[p]);
        }
    };

    std::span<const MapPoint> part(std::size_t p) const { return m_parts.part(p); }
    /// The parts to draw at `unitsPerPixel`: a vertex within half a pixel of the last one kept
    /// on its part left out (ends kept). Made on first use for each power of two of the scale
    /// and kept, so a pan or a zoom back draws from what was made; all of them for points.
    const Parts& forScale(double unitsPerPixel) const;
    /// The largest tolerance (degrees) that stays under `units` map units anywhere in `view`,
    /// measured on a grid of its points; 0 where it cannot be measured.
    /// The overlay's points grouped by place and by `style`'s category and size (PointGroups),
    /// `overlay` being the one projected: made on first use for each pair of columns and kept.
    const PointGroups& pointGroups(const Overlay& overlay, const OverlayStyle& style) const;
    static double tolerance(const CoordinateTransform& transform, const MapRect& view,
                            double units);
    const MapRect& bounds(std::size_t feature) const { return m_bounds[feature]; }
    /// Everything the overlay covers (empty when nothing could be projected).
    const MapRect& extent() const { return m_extent; }
    /// The features whose bounds meet `rect`, each once: in the overlay's order, or, when every
    /// feature lies in one cell (points), cell by cell.
    void query(const MapRect& rect, std::vector<std::uint32_t>& out) const;

private:
    friend class ProjectionCache; // keeps and reads back what the constructor made
    ProjectedOverlay() = default;

    std::size_t cellIndex(int cx, int cy) const
    {
        return static_cast<std::size_t>(cy) * m_cols + cx;
    }
    int cellX(double x) const;
    int cellY(double y) const;

    Parts m_parts;
    struct Kept {
        std::mutex mutex;
        std::map<int, Parts> parts;                        ///< by the tolerance's power of two
        std::map<std::pair<int, int>, PointGroups> groups; ///< by category and size column
    };
    std::unique_ptr<Kept> m_kept = std::make_unique<Kept>(); // movable with its mutex
    std::vector<MapRect> m_bounds;
    MapRect m_extent = MapRect::empty();
    // The grid: m_cols × m_rows cells over m_extent, each listing the features meeting it
    // (m_cellStarts[c] .. m_cellStarts[c + 1] in m_cellFeatures).
    int m_cols = 1, m_rows = 1;
    double m_cellW = 1, m_cellH = 1;
    std::vector<std::uint32_t> m_cellStarts;
    std::vector<std::uint32_t> m_cellFeatures;
    bool m_oneCellEach = true; ///< no feature is listed twice, so a query needs no de-duplication
};

} // namespace frontier
