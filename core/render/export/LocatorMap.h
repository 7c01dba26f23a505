#pragma once

#include "render/MapSettings.h"

#include <QRectF>

class QPainter;

namespace frontier {

class MapRenderer;

/// \brief A page's locator inset: the wider region (Iraq, Syria and their neighbours) drawn from
/// the basemap through the same renderer, in the main map's CRS, with a rectangle where the main
/// map lies.
class LocatorMap {
public:
    /// The region shown, WGS84 degrees (west, south, east, north), widened to hold the main map.
    static constexpr double kRegion[4] = {34.5, 28.5, 49.5, 38.5};

    LocatorMap(MapRenderer& renderer, const MapSettings& main);
    /// Height over width of the region, for an inset that it fills.
    double aspect() const { return m_region.height() / m_region.width(); }
    /// The inset's settings at a size in logical px.
    MapSettings settings(QSizeF size) const;
    /// Where the main map's visible extent lies in an inset painted in `rect`.
    QRectF extentRect(const QRectF& rect) const;
    void paint(QPainter& painter, const QRectF& rect) const;

private:
    MapRenderer& m_renderer;
    MapSettings m_main;
    MapRect m_region;
};

} // namespace frontier
