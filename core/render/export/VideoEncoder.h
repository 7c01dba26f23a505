#pragma once

#include "FramePalette.h"
#include "VideoFormat.h"

#include <QImage>
#include <QString>

#include <memory>
#include <optional>

namespace frontier {

class VideoBackend;

/// \brief Encodes frames into one video file with FFmpeg's libraries, through the module
/// libfrontier-video (VideoBackend) loaded on the first video: H.264 (libx264) in MP4, VP9
/// (libvpx-vp9) in WebM, or GIF with a palette made for the frames. The file is written through a
/// QSaveFile and renamed into place by finish() only, so an error or a cancel (destroying the
/// encoder unfinished) leaves no partial file and the file that was there before intact.
class VideoEncoder {
public:
    struct Options {
        VideoFormat format = VideoFormat::Mp4;
        QSize size; ///< the frames' size: VideoFormats::frameSize of what was asked
        int fps = 4;
    };

    /// Opens the temporary file beside `path` and the encoder; error() says whether it worked.
    /// A GIF needs its `palette`; the other formats ignore it.
    VideoEncoder(const QString& path, const Options& options,
                 std::optional<FramePalette> palette = {});
    ~VideoEncoder();
    VideoEncoder(const VideoEncoder&) = delete;
    VideoEncoder& operator=(const VideoEncoder&) = delete;

    /// Empty once open, else a message naming the file and the reason.
    QString error() const;
    /// Encodes `frame` (Options::size) shown for `repeat` frame times. Empty on success, else the
    /// error, after which nothing more is written.
    QString add(const QImage& frame, int repeat = 1);
    /// Flushes the encoder, ends the file and renames it into place. Empty on success.
    QString finish();
    /// Frames encoded so far, repeats included.
    int frames() const;

private:
    std::unique_ptr<VideoBackend> m_backend;
};

} // namespace frontier
