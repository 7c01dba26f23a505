#pragma once

#include "VideoEncoder.h"

namespace frontier {

/// \brief What the FFmpeg module (libfrontier-video) does for VideoEncoder. The module is loaded
/// on the first video only: FFmpeg's libraries and theirs take about 50 ms to load and link, and
/// the window and most commands never encode a video.
class VideoBackend {
public:
    virtual ~VideoBackend() = default;
    virtual QString error() const = 0;
    virtual QString add(const QImage& frame, int repeat) = 0;
    virtual QString finish() = 0;
    virtual int frames() const = 0;
};

/// The module's one entry point, `frontier_open_video`: opens `path` as VideoEncoder's
/// constructor describes. Never null.
using OpenVideoBackend = VideoBackend* (*)(const QString& path, const VideoEncoder::Options&,
                                           std::optional<FramePalette> palette);

} // namespace frontier
