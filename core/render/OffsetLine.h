#pragma once

#include "geo/MapGeometry.h"
#include "geo/Viewport.h"

#include <QPointF>
#include <QPolygonF>

#include <vector>

namespace frontier {

/// \brief Polylines drawn beside a line on screen (the sector ribbons): the line in screen
/// pixels, a copy moved sideways by a fixed number of pixels, and the distance to the line.
namespace OffsetLine {

/// `line` in logical screen pixels, dropping vertices nearer than `minStep` px to the last one
/// kept (they only add noise to the normals); the last vertex is always kept.
QPolygonF toScreen(const std::vector<MapPoint>& line, const Viewport& viewport, double minStep);
/// `line` moved `distance` px to its right (y down: looking along the line), negative to its left.
/// Each vertex moves along the mean of its two segments' normals, lengthened so that the band
/// keeps its width through a bend (mitred, the lengthening capped for sharp bends).
QPolygonF offset(const QPolygonF& line, double distance);
/// The distance (px) from `p` to the nearest point of `line`.
double distance(const QPolygonF& line, QPointF p);

} // namespace OffsetLine

} // namespace frontier
