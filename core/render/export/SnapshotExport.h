#pragma once

#include "render/MapSettings.h"

#include <QImage>
#include <QString>

namespace frontier {

class MapRenderer;
class RenderCache;

/// \brief Renders a map and writes it as a georeferenced image with its provenance
/// (MapRenderer::renderImage, Provenance, SnapshotWriter): the `export` command's and the
/// window's one way to a snapshot, so both write the same image for the same settings.
class SnapshotExport {
public:
    /// How long the render and the encoding and writing took (`export --timings`).
    struct Timings {
        double renderMs = 0;
        double writeMs = 0;
    };
    /// Empty on success, else a message naming the file and the reason. The format follows the
    /// path's suffix (ImageFormats::fromPath). Throws ProjError for a CRS PROJ does not know.
    static QString write(MapRenderer& renderer, const MapSettings& settings, const QString& path,
                         int dpi, RenderCache* cache = nullptr, Timings* timings = nullptr);
    /// The same for an `image` already rendered from `settings`: a frame of a series.
    static QString write(MapRenderer& renderer, const MapSettings& settings, const QImage& image,
                         const QString& path, int dpi, Timings* timings = nullptr);
};

} // namespace frontier
