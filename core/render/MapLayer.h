#pragma once

#include "RenderPass.h"

class QPainter;

namespace frontier {

struct RenderContext;

/// \brief One thing the renderer draws, in an explicit order, in one render pass.
class MapLayer {
public:
    virtual ~MapLayer() = default;
    virtual RenderPass pass() const = 0;
    virtual void paint(QPainter& painter, const RenderContext& context) const = 0;
};

} // namespace frontier
