#pragma once

#include <QSize>
#include <QString>

#include <optional>

namespace frontier {

/// \brief The formats an animation is written in as one file: H.264 in MP4, VP9 in WebM, GIF.
enum class VideoFormat { Mp4, WebM, Gif };

/// Names, suffixes and frame sizes of the video formats.
namespace VideoFormats {

/// The format a name (mp4, webm, gif; any case) stands for, or none.
std::optional<VideoFormat> fromName(const QString& name);
/// The format a path's suffix names (.mp4, .webm, .gif; any case), or none.
std::optional<VideoFormat> fromPath(const QString& path);
/// "mp4", "webm", "gif": the name and the suffix a new file gets.
QString name(VideoFormat format);
/// "mp4, webm or gif", for messages.
QString acceptedNames();
/// A QFileDialog name filter, one entry per format.
QString fileDialogFilter();
/// The size the frames are encoded at: H.264's 4:2:0 chroma needs even sides, so an odd side
/// is rounded up by one pixel (the map is drawn at that size, not padded); the others keep it.
QSize frameSize(VideoFormat format, QSize requested);

} // namespace VideoFormats
} // namespace frontier
