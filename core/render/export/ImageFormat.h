#pragma once

#include <QString>

#include <optional>

namespace frontier {

/// \brief The raster formats a snapshot is written in, chosen by the file name's suffix.
enum class ImageFormat { Png, Jpeg, Tiff };

/// Suffixes, world-file names and file-dialog filters of the snapshot formats.
namespace ImageFormats {

/// The format a path's suffix names (.png; .jpg, .jpeg; .tif, .tiff; any case), or none.
std::optional<ImageFormat> fromPath(const QString& path);
/// The suffix a new file of that format gets: "png", "jpg", "tif".
QString suffix(ImageFormat format);
/// The world file's suffix: "pgw", "jgw", "tfw".
QString worldFileSuffix(ImageFormat format);
/// ".png, .jpg, .jpeg, .tif or .tiff", for messages.
QString acceptedSuffixes();
/// A QFileDialog name filter, one entry per format: "PNG images (*.png);;JPEG images (*.jpg
/// *.jpeg);;…".
QString fileDialogFilter();

} // namespace ImageFormats
} // namespace frontier
