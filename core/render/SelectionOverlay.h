#pragma once

#include "MapSettings.h"

class QPainter;

namespace frontier {

class MapRenderer;

/// \brief The selection, drawn over a rendered map by whoever shows it (the window's canvas):
/// it is not part of the map, so the map's settings and cached image do not depend on it.
namespace SelectionOverlay {

/// Rings the symbol of `crossing` (-1: nothing) in the style's selection colour.
void paint(QPainter& painter, const MapSettings& settings, MapRenderer& renderer, int crossing);

} // namespace SelectionOverlay
} // namespace frontier
