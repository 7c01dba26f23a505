#pragma once

#include "FrameSeries.h"
#include "ImageFormat.h"
#include "render/MapSettings.h"

#include <QString>

#include <functional>

namespace frontier {

class MapRenderer;

/// \brief The one frame loop of `export-frames` and the window: for each date of a series,
/// render the map and write it atomically as a numbered georeferenced image.
class FrameExporter {
public:
    /// Called before each frame with the frames written so far and the total, and once at the
    /// end with (total, total); false stops before the next frame, so only whole frames exist.
    using Progress = std::function<bool(int done, int total)>;
    struct Result {
        int written = 0;
        QString error; ///< empty unless a frame could not be written (names the file)
    };

    FrameExporter(MapRenderer& renderer, ImageFormat format = ImageFormat::Png, int dpi = 96);
    /// Writes every date of `series` with `settings` (only the date changes) into `directory`,
    /// creating it. Throws ProjError for a CRS PROJ does not know.
    Result write(MapSettings settings, const FrameSeries& series, const QString& directory,
                 const Progress& progress = {}) const;
    /// Creates the folder; empty on success, else a message naming it.
    static QString prepareDirectory(const QString& directory);

private:
    MapRenderer& m_renderer;
    ImageFormat m_format;
    int m_dpi;
};

} // namespace frontier
