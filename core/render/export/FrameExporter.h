#pragma once

#include "FrameSeries.h"
#include "ImageFormat.h"
#include "VideoFormat.h"
#include "render/MapSettings.h"

#include <QImage>
#include <QString>

#include <functional>

namespace frontier {

class MapRenderer;
class RenderCache;

/// \brief The one frame loop of `export-frames` and the window: for each date of a series,
/// render the map with one legend box for the whole series, and write it atomically as a
/// georeferenced image named by its date, or encode it into one video file.
class FrameExporter {
public:
    /// Called before each frame with the frames done so far and the total, and once at the
    /// end with (total, total); false stops before the next frame, so only whole frames exist.
    using Progress = std::function<bool(int done, int total)>;
    struct Result {
        int written = 0; ///< dates rendered and written (a video's held frames count once)
        bool cancelled = false;
        QString error; ///< empty unless a frame could not be written (names the file)
    };
    struct Video {
        VideoFormat format = VideoFormat::Mp4;
        int fps = 4;
        /// Show each frame whose date differs from the one before for a second longer.
        bool holdChanges = false;
    };
    static constexpr int kMaxFps = 60;

    explicit FrameExporter(MapRenderer& renderer);
    /// Writes every date of `series` with `settings` (only the date changes) into `directory`,
    /// creating it. Throws ProjError for a CRS PROJ does not know.
    Result writeImages(MapSettings settings, const FrameSeries& series, const QString& directory,
                       ImageFormat format, int dpi, const Progress& progress = {}) const;
    /// Encodes every date of `series` into one video file at `path`, which appears only when
    /// whole: a cancel or an error leaves no file (and an earlier one as it was). An H.264
    /// video's odd side is rounded up (VideoFormats::frameSize).
    Result writeVideo(MapSettings settings, const FrameSeries& series, const Video& video,
                      const QString& path, const Progress& progress = {}) const;
    /// Creates the folder; empty on success, else a message naming it.
    static QString prepareDirectory(const QString& directory);
    /// Checks that a file can be written at `path` (not a folder, in a folder that exists);
    /// empty on success, else a message naming it.
    static QString checkFile(const QString& path);

private:
    /// Renders each date and hands the image to `frame` (index, settings, image), which returns
    /// an error or nothing.
    using Frame = std::function<QString(std::size_t, const MapSettings&, const QImage&)>;
    Result run(MapSettings settings, const FrameSeries& series, RenderCache& cache,
               const Progress& progress, const Frame& frame) const;
    /// The settings every frame shares: the date aside, one legend box.
    MapSettings seriesSettings(MapSettings settings, const FrameSeries& series) const;

    MapRenderer& m_renderer;
};

} // namespace frontier
