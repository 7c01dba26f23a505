#include "CrossingsLayer.h"

#include "render/RenderContext.h"

namespace frontier {

SymbolPainter::SideLook CrossingsLayer::sideLook(const RenderContext& c, const SideState& side)
{
    SymbolPainter::SideLook look{
        c.actorColor(side.controller), c.isUnknownActor(side.controller), {}};
    for (int w : side.with)
        look.with.push_back(c.actorColor(w));
    return look;
}

SymbolPainter::CrossingLook CrossingsLayer::look(const RenderContext& c, const FeatureState& s)
{
    return {sideLook(c, s.side(Side::SY)), sideLook(c, s.side(Side::IQ)), s.status, s.approximate(),
            s.disputed()};
}

void CrossingsLayer::paint(QPainter& painter, const RenderContext& c) const
{
    if (!c.settings.hasLayer(MapLayerId::Crossings))
        return;
    const SymbolPainter symbols(c.style);
    const auto& points = c.projected.crossings();
    for (const FeatureState& s : c.crossingStates())
        symbols.drawCrossing(painter, c.toScreen(points[static_cast<std::size_t>(s.feature)]),
                             look(c, s));
}

} // namespace frontier
