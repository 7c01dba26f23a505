#pragma once

#include "model/Dataset.h"
#include "render/MapLayer.h"

namespace frontier {

/// \brief Rivers (thin blue) or the frontier (a wide casing under a dark red dash-dot line).
class LineLayer : public MapLayer {
public:
    explicit LineLayer(BaseLayer layer) : m_layer(layer) {}
    RenderPass pass() const override { return RenderPass::Static; }
    void paint(QPainter& painter, const RenderContext& context) const override;

private:
    BaseLayer m_layer;
};

} // namespace frontier
