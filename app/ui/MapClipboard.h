#pragma once

#include <QImage>

namespace frontier {

class MapRenderer;
struct MapSettings;

/// Copies the map to the system clipboard.
namespace MapClipboard {

/// Renders `settings` with the one renderer (as a snapshot is) and puts the image on
/// QGuiApplication::clipboard(); returns the image. Throws ProjError for a CRS PROJ does not know.
QImage copy(MapRenderer& renderer, const MapSettings& settings);

} // namespace MapClipboard
} // namespace frontier
