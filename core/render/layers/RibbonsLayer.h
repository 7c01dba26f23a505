#pragma once

#include "render/MapLayer.h"
#include "render/SymbolPainter.h"

namespace frontier {

struct SideState;

/// \brief Who holds each side of each frontier sector at the settings' date: a band along the
/// sector's piece of the line on each side (Iraq right of the line as digitised, Syria left) in
/// its controller's colour, hatched when unknown, lightly hatched when the date is approximate,
/// a stripe per co-holder along its inner edge and the `?` mark beside it when disputed. The
/// bands leave the line itself clear, and the crossings are drawn over them.
class RibbonsLayer : public MapLayer {
public:
    RenderPass pass() const override { return RenderPass::Dynamic; }
    void paint(QPainter& painter, const RenderContext& context) const override;
    /// What the band of a sector's side in `side` shows.
    static SymbolPainter::BandLook look(const RenderContext& context, const SideState& side);
};

} // namespace frontier
