#pragma once

#include "OverlaySymbols.h"
#include "geo/MapGeometry.h"
#include "overlay/OverlayStyle.h"

#include <QColor>

#include <vector>

class QPainter;

namespace frontier {

class PointGroups;
class ProjectedOverlay;
struct RenderContext;

/// \brief Draws one overlay's point symbols for a frame. At each device pixel each symbol (fill
/// and size) is drawn once, and the symbols are stacked in the order of the latest feature shown
/// with each, so the most recent event is on top, as identify (OverlayPick) finds it.
///
/// The points are found feature by feature among those the date window may show, or place by
/// place (PointGroups) when there are fewer places than that: a million events up to the date
/// at a few thousand places cost a few thousand looks and stamps.
class OverlayPoints {
public:
    /// `colors`: per value of the style's category column (empty: the style's fill).
    OverlayPoints(const RenderContext& context, const OverlayView& view,
                  const ProjectedOverlay& projected, const std::vector<QColor>& colors);

    /// Draws the points within `rect` (map units).
    void paint(QPainter& painter, const MapRect& rect);
    /// Every feature is a point: nothing else of the overlay to draw.
    bool allPoints() const;

private:
    struct Found;
    void findByFeature(const MapRect& rect, std::vector<Found>& found);
    void findByPlace(const MapRect& rect, std::vector<Found>& found);
    void add(const MapPoint& at, std::uint32_t category, std::uint32_t size, std::uint32_t feature,
             std::vector<Found>& found);

    const RenderContext& m_c;
    const Overlay& m_overlay;
    const ProjectedOverlay& m_projected;
    const std::vector<QColor>& m_colors;
    QColor m_fill;
    const PointGroups& m_groups;
    int m_category, m_size;          ///< the columns grouped by, or -1
    std::vector<double> m_diameters; ///< per value of the size column (one without)
    std::int32_t m_firstShown, m_lastShown;
    OverlaySymbols m_symbols;
};

} // namespace frontier
