#pragma once

#include "render/MapLayer.h"

namespace frontier {

/// \brief The dated areas that hold at the settings' date (a deconfliction zone, a camp): a
/// polygon outlined and filled translucent, a point area as a small marker, each named; the
/// outline is dashed when the area's dates are known only to the month or year.
class DatedAreasLayer : public MapLayer {
public:
    RenderPass pass() const override { return RenderPass::Dynamic; }
    void paint(QPainter& painter, const RenderContext& context) const override;
};

} // namespace frontier
