#pragma once

#include "model/Dataset.h"
#include "render/MapLayer.h"

namespace frontier {

/// \brief Countries (filled, Iraq and Syria highlighted) or governorates (outlines only).
class AreaLayer : public MapLayer {
public:
    explicit AreaLayer(BaseLayer layer) : m_layer(layer) {}
    RenderPass pass() const override { return RenderPass::Static; }
    void paint(QPainter& painter, const RenderContext& context) const override;

private:
    BaseLayer m_layer;
};

} // namespace frontier
