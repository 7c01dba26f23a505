#include "LineLayer.h"

#include "render/RenderContext.h"
#include "render/ScreenPath.h"

#include <QPainter>

namespace frontier {

void LineLayer::paint(QPainter& painter, const RenderContext& c) const
{
    const bool frontier = m_layer == BaseLayer::Frontier;
    if (!c.settings.hasLayer(frontier ? MapLayerId::Frontier : MapLayerId::Rivers))
        return;
    // The sectors' opaque bands cover the translucent band: it shows only without them.
    const bool band =
        frontier && (!c.settings.hasLayer(MapLayerId::Ribbons) || c.projected.sectors().empty());
    for (const ProjectedFeature& f : c.projected.layer(m_layer)) {
        if (!ScreenPath::visible(f, c.viewport))
            continue;
        const QPainterPath path = ScreenPath::build(f, c.viewport, false);
        if (frontier) {
            if (band)
                painter.strokePath(path, QPen(c.style.frontierBand,
                                              c.style.frontierWidth * c.style.frontierBandFactor,
                                              Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.strokePath(path, QPen(c.style.frontierCasing,
                                          c.style.frontierWidth + c.style.frontierCasingExtra,
                                          Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            QPen line(c.style.frontier, c.style.frontierWidth, Qt::SolidLine, Qt::FlatCap,
                      Qt::RoundJoin);
            line.setDashPattern(c.style.frontierDash);
            painter.strokePath(path, line);
        } else {
            painter.strokePath(path, QPen(c.style.river, c.style.riverWidth, Qt::SolidLine,
                                          Qt::RoundCap, Qt::RoundJoin));
        }
    }
}

} // namespace frontier
