#pragma once

#include "MapSettings.h"

class QPainter;

namespace frontier {

class MapRenderer;

/// \brief The selection, drawn over a rendered map by whoever shows it (the window's canvas):
/// it is not part of the map, so the map's settings and cached image do not depend on it.
namespace SelectionOverlay {

/// Rings the symbol of a crossing, or traces a sector's stretch of the frontier line, in the
/// style's selection colour; `feature` -1 draws nothing.
void paint(QPainter& painter, const MapSettings& settings, MapRenderer& renderer, int feature);

} // namespace SelectionOverlay
} // namespace frontier
