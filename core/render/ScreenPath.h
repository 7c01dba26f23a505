#pragma once

#include "geo/ProjectedLayers.h"
#include "geo/Viewport.h"

#include <QPainterPath>

namespace frontier {

/// \brief Turns projected geometry into screen paths: culls what is off screen and drops
/// vertices closer than half a pixel to the last one kept (invisible at that zoom).
class ScreenPath {
public:
    static QPainterPath build(const ProjectedFeature& feature, const Viewport& viewport,
                              bool closed);
    static bool visible(const ProjectedFeature& feature, const Viewport& viewport);
};

} // namespace frontier
