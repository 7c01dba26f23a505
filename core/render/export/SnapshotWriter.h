#pragma once

#include "ImageFormat.h"
#include "geo/Viewport.h"

#include <QImage>
#include <QMap>
#include <QString>

#include <optional>

namespace frontier {

/// \brief Writes a rendered map as a georeferenced image in the format its suffix names (PNG,
/// JPEG, TIFF): the image, a world file (.pgw, .jgw, .tfw) and the CRS (.prj) beside it,
/// written as a set: the three are renamed into place only once all are whole on disk, so a
/// full disk, a read-only folder or a folder in the way leaves the earlier files intact.
class SnapshotWriter {
public:
    /// Largest image side in pixels: 16384 × 16384 is 1 GiB of ARGB32, enough for any print.
    static constexpr int kMaxSide = 16384;

    struct Georef {
        Viewport viewport; ///< logical viewport of the image
        double devicePixelRatio = 1;
        QString esriWkt;
    };
    /// Empty on success, else a message naming the file and the reason (also for a suffix that
    /// names no format of ImageFormats). `text` is the provenance: PNG iTXt chunks, JPEG
    /// comments (':' in keys becomes '-'); Qt 6.4 writes none into TIFF. Without a georef (a
    /// figure of several maps) only the image is written.
    static QString write(const QImage& image, const QString& path,
                         const std::optional<Georef>& georef, const QMap<QString, QString>& text,
                         int dpi = 96);
    /// The world-file text (six lines) for an image: pixel size and the upper-left pixel's centre.
    static QString worldFile(const Georef& georef);
    static QString siblingPath(const QString& imagePath, const QString& suffix);
};

} // namespace frontier
