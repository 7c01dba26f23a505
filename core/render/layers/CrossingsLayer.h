#pragma once

#include "render/MapLayer.h"
#include "render/SymbolPainter.h"

namespace frontier {

struct FeatureState;
struct SideState;

/// \brief The crossings at the settings' date, each drawn by the SymbolPainter.
class CrossingsLayer : public MapLayer {
public:
    RenderPass pass() const override { return RenderPass::Dynamic; }
    void paint(QPainter& painter, const RenderContext& context) const override;
    /// What the symbol of a crossing in `state` shows.
    static SymbolPainter::CrossingLook look(const RenderContext& context,
                                            const FeatureState& state);
    /// What one side in `side` looks like (also a sector ribbon's side).
    static SymbolPainter::SideLook sideLook(const RenderContext& context, const SideState& side);
};

} // namespace frontier
