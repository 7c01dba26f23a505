#pragma once

#include "MapDecoration.h"

#include "geo/CoordinateTransform.h"
#include "geo/Viewport.h"

namespace frontier {

/// \brief A north arrow pointing to true north at the centre of the map (in a conic or UTM
/// projection that is not straight up), top right.
class NorthArrow : public MapDecoration {
public:
    Decoration id() const override { return Decoration::NorthArrow; }
    Placement placement() const override { return Placement::TopRight; }
    RenderPass pass() const override { return RenderPass::Static; }
    QSizeF size(QSizeF mapSize) const override;
    void paint(QPainter& painter, const RenderContext& context, const QRectF& area) const override;
    /// Screen angle of true north at the view's centre, degrees clockwise from up; 0 where the
    /// centre cannot be projected.
    static double northAngle(const CoordinateTransform& transform, const Viewport& viewport);
};

} // namespace frontier
