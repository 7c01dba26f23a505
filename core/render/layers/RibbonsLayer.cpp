#include "RibbonsLayer.h"

#include "CrossingsLayer.h"
#include "render/OffsetLine.h"
#include "render/RenderContext.h"
#include "render/ScreenPath.h"

namespace frontier {

void RibbonsLayer::paint(QPainter& painter, const RenderContext& c) const
{
    if (!c.settings.hasLayer(MapLayerId::Ribbons) || c.states.empty())
        return;
    const SymbolPainter symbols(c.style);
    for (const ProjectedFeature& sector : c.projected.sectors()) {
        if (sector.parts.empty() || !ScreenPath::visible(sector, c.viewport))
            continue;
        const QPolygonF line =
            OffsetLine::toScreen(sector.parts.front(), c.viewport, c.style.ribbonMinStep);
        if (line.size() < 2)
            continue;
        const FeatureState& state = c.states[static_cast<std::size_t>(sector.feature)];
        // Iraq lies right of the line as digitised (from the Jordan tripoint northwards).
        for (const Side side : kSides)
            symbols.drawBand(painter, line, side == Side::IQ, look(c, state.side(side)));
    }
}

SymbolPainter::BandLook RibbonsLayer::look(const RenderContext& c, const SideState& side)
{
    return {CrossingsLayer::sideLook(c, side), side.approximate, side.disputed};
}

} // namespace frontier
