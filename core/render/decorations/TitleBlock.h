#pragma once

#include "render/MapLayer.h"

namespace frontier {

/// \brief The map's title and the date it shows, top left.
class TitleBlock : public MapLayer {
public:
    void paint(QPainter& painter, const RenderContext& context) const override;
};

} // namespace frontier
