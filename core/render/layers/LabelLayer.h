#pragma once

#include "render/MapLayer.h"

namespace frontier {

/// \brief Place symbols and every static label (crossings first, then places by rank, rivers,
/// countries, governorates), placed so that no two overlap and none covers a decoration.
class LabelLayer : public MapLayer {
public:
    RenderPass pass() const override { return RenderPass::Static; }
    void paint(QPainter& painter, const RenderContext& context) const override;
};

} // namespace frontier
