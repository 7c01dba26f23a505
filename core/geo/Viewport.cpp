#include "Viewport.h"

#include <algorithm>

namespace frontier {

Viewport::Viewport(const MapRect& extent, QSizeF size) : m_center(extent.center()), m_size(size)
{
    if (size.width() > 0 && size.height() > 0)
        m_unitsPerPixel = std::max(extent.width() / size.width(), extent.height() / size.height());
}

MapRect Viewport::extent() const
{
    const double hw = m_size.width() * m_unitsPerPixel / 2,
                 hh = m_size.height() * m_unitsPerPixel / 2;
    return {m_center.x - hw, m_center.y - hh, m_center.x + hw, m_center.y + hh};
}

Viewport Viewport::panned(double dx, double dy) const
{
    Viewport v = *this;
    v.m_center = {m_center.x - dx * m_unitsPerPixel, m_center.y + dy * m_unitsPerPixel};
    return v;
}

Viewport Viewport::zoomed(double factor, QPointF anchor) const
{
    if (!(factor > 0))
        return *this;
    const MapPoint fixed = toMap(anchor);
    Viewport v = *this;
    v.m_unitsPerPixel = m_unitsPerPixel / factor;
    // Keep `fixed` under the anchor: centre = fixed - offset * new scale.
    v.m_center = {fixed.x - (anchor.x() - m_size.width() / 2.0) * v.m_unitsPerPixel,
                  fixed.y + (anchor.y() - m_size.height() / 2.0) * v.m_unitsPerPixel};
    return v;
}

} // namespace frontier
