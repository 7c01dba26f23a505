#pragma once

#include "render/MapLayer.h"

namespace frontier {

/// \brief The analyst's rasters (MapSettings::overlays with a RasterSource), each read for the
/// view at the output's resolution, in their order and opacity, over the basemap's areas and
/// under its lines, the vector layers and the crossings.
class RasterLayer : public MapLayer {
public:
    /// The largest side read for a view; a larger output scales it up (a 16384 px export would
    /// otherwise hold gigabytes of warped bands).
    static constexpr int kMaxSide = 4096;

    RenderPass pass() const override { return RenderPass::Static; }
    void paint(QPainter& painter, const RenderContext& context) const override;
};

} // namespace frontier
