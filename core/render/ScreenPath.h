#pragma once

#include "geo/ProjectedLayers.h"
#include "geo/Viewport.h"

#include <QPainterPath>

#include <span>

namespace frontier {

/// \brief Turns projected geometry into screen paths: culls what is off screen, drops vertices
/// closer than half a pixel to the last one kept, then those the line passes within 0.35 px of
/// (Douglas–Peucker): invisible at that zoom, and a fifth of a pan's stroking and filling.
class ScreenPath {
public:
    static QPainterPath build(const ProjectedFeature& feature, const Viewport& viewport,
                              bool closed);
    /// Adds one part (a line, or a ring when `closed`) of at least 3 vertices when closed;
    /// an open part wholly outside `view` is left out.
    static void appendPart(QPainterPath& path, std::span<const MapPoint> part,
                           const Viewport& viewport, bool closed, const MapRect& view);
    static bool visible(const ProjectedFeature& feature, const Viewport& viewport);
};

} // namespace frontier
