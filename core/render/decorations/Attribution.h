#pragma once

#include "render/MapLayer.h"

namespace frontier {

/// \brief The data credits, bottom right.
class Attribution : public MapLayer {
public:
    void paint(QPainter& painter, const RenderContext& context) const override;
};

} // namespace frontier
