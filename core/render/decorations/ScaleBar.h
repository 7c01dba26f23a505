#pragma once

#include "MapDecoration.h"

#include "geo/CoordinateTransform.h"
#include "geo/Viewport.h"

namespace frontier {

/// \brief A scale bar true at the centre of the map: the ground length of a screen segment there
/// is measured geodesically, so it is right for any CRS and latitude. Bottom right.
class ScaleBar : public MapDecoration {
public:
    Decoration id() const override { return Decoration::ScaleBar; }
    Placement placement() const override { return Placement::BottomRight; }
    RenderPass pass() const override { return RenderPass::Static; }
    QSizeF size(QSizeF mapSize) const override;
    void paint(QPainter& painter, const RenderContext& context, const QRectF& area) const override;
    /// Ground metres per logical pixel, horizontally at the centre of the view; 0 where the
    /// centre cannot be projected.
    static double metersPerPixel(const CoordinateTransform& transform, const Viewport& viewport);
};

} // namespace frontier
