#pragma once

#include "render/MapSettings.h"

#include <QString>

namespace frontier {

class MapRenderer;

/// \brief Renders a map and writes it as a georeferenced PNG with its provenance: the steps of
/// the `export` command (MapRenderer::renderImage, Provenance, SnapshotWriter), so a snapshot
/// from the window is the command's image for the same settings.
class SnapshotFile {
public:
    /// Empty on success, else a message naming the file and the reason. Throws ProjError for a
    /// CRS PROJ does not know.
    static QString write(MapRenderer& renderer, const MapSettings& settings, const QString& path, int dpi);
};

} // namespace frontier
