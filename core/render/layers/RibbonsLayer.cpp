#include "RibbonsLayer.h"

#include "CrossingsLayer.h"
#include "render/OffsetLine.h"
#include "render/RenderContext.h"
#include "render/ScreenPath.h"
#include "render/ViewSprites.h"

#include <optional>

namespace frontier {

void RibbonsLayer::paint(QPainter& painter, const RenderContext& c) const
{
    if (!c.settings.hasLayer(MapLayerId::Ribbons) || c.states.empty())
        return;
    const SymbolPainter symbols(c.style);
    const QRectF frame(QPointF(0, 0), c.settings.logicalSize());
    for (const ProjectedFeature& sector : c.projected.sectors()) {
        if (sector.parts.empty() || !ScreenPath::visible(sector, c.viewport))
            continue;
        const FeatureState& state = c.states[static_cast<std::size_t>(sector.feature)];
        std::optional<QPolygonF> line; // only when a band is not in the view's tiles
        for (const Side side : kSides) {
            // Iraq lies right of the line as digitised (from the Jordan tripoint northwards).
            const bool right = side == Side::IQ;
            ViewSprites::Band key{sector.feature, right, look(c, state.side(side))};
            if (c.sprites && c.sprites->draw(painter, key))
                continue;
            if (!line)
                line =
                    OffsetLine::toScreen(sector.parts.front(), c.viewport, c.style.ribbonMinStep);
            if (line->size() < 2)
                break;
            const SymbolPainter::BandLook band = key.look;
            const auto paint = [&](QPainter& p) { symbols.drawBand(p, *line, right, band); };
            if (!c.sprites) {
                paint(painter);
                continue;
            }
            const double reach = symbols.bandExtent();
            c.sprites->paint(painter, std::move(key),
                             line->boundingRect().adjusted(-reach, -reach, reach, reach) & frame,
                             paint);
        }
    }
}

SymbolPainter::BandLook RibbonsLayer::look(const RenderContext& c, const SideState& side)
{
    return {CrossingsLayer::sideLook(c, side), side.approximate, side.disputed};
}

} // namespace frontier
