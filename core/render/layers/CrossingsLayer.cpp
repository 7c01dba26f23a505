#include "CrossingsLayer.h"

#include "render/RenderContext.h"

namespace frontier {

SymbolPainter::CrossingLook CrossingsLayer::look(const RenderContext& c, const FeatureState& s)
{
    const auto side = [&](Side which) {
        const SideState& state = s.side(which);
        SymbolPainter::SideLook look{
            c.actorColor(state.controller), c.isUnknownActor(state.controller), {}};
        for (int w : state.with)
            look.with.push_back(c.actorColor(w));
        return look;
    };
    return {side(Side::SY), side(Side::IQ), s.status, s.approximate(), s.disputed()};
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
