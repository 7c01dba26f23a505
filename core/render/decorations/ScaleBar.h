#pragma once

#include "render/MapLayer.h"

namespace frontier {

/// \brief A scale bar true at the centre of the map: the ground length of a screen segment there
/// is measured geodesically, so it is right for any CRS and latitude.
class ScaleBar : public MapLayer {
public:
    void paint(QPainter& painter, const RenderContext& context) const override;
    /// Ground metres per logical pixel, horizontally at the centre of the view.
    static double metersPerPixel(const RenderContext& context);
};

} // namespace frontier
