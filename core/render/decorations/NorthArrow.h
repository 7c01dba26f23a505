#pragma once

#include "render/MapLayer.h"

namespace frontier {

/// \brief A north arrow pointing to true north at the centre of the map (in a conic or UTM
/// projection that is not straight up).
class NorthArrow : public MapLayer {
public:
    void paint(QPainter& painter, const RenderContext& context) const override;
    /// Screen angle of true north at the view's centre, degrees clockwise from up.
    static double northAngle(const RenderContext& context);
};

} // namespace frontier
