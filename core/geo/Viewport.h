#pragma once

#include "MapGeometry.h"

#include <QPointF>
#include <QSizeF>

namespace frontier {

/// \brief What part of the map shows on a screen of a given size: a value with map↔screen
/// conversions. Screen pixels are logical (device-independent); y grows downwards.
class Viewport {
public:
    Viewport() = default;
    /// Fits `extent` into `size`, keeping square pixels: the extent is widened on the short side
    /// and centred.
    Viewport(const MapRect& extent, QSizeF size);

    QPointF toScreen(MapPoint p) const
    {
        return {(p.x - m_center.x) / m_unitsPerPixel + m_size.width() / 2.0,
                (m_center.y - p.y) / m_unitsPerPixel + m_size.height() / 2.0};
    }
    MapPoint toMap(QPointF s) const
    {
        return {m_center.x + (s.x() - m_size.width() / 2.0) * m_unitsPerPixel,
                m_center.y - (s.y() - m_size.height() / 2.0) * m_unitsPerPixel};
    }

    MapPoint center() const { return m_center; }
    double unitsPerPixel() const { return m_unitsPerPixel; }
    QSizeF size() const { return m_size; }
    /// The whole visible extent (after fitting to the aspect ratio).
    MapRect extent() const;
    bool isValid() const
    {
        return m_size.width() > 0 && m_size.height() > 0 && m_unitsPerPixel > 0;
    }

    /// Moved so that the map follows a drag of (dx, dy) pixels.
    Viewport panned(double dx, double dy) const;
    /// Zoomed by `factor` (> 1 zooms in) keeping the map point under `anchor` in place.
    Viewport zoomed(double factor, QPointF anchor) const;

    friend bool operator==(const Viewport&, const Viewport&) = default;

private:
    MapPoint m_center;
    double m_unitsPerPixel = 0;
    QSizeF m_size;
};

} // namespace frontier
