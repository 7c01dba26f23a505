#pragma once

#include "LoadProblem.h"
#include "overlay/Overlay.h"

#include <QString>

#include <array>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace frontier {

/// \brief Reads an analyst's layer from any vector file GDAL reads here (GeoPackage, Shapefile,
/// GeoJSON, GeoJSONSeq, KML, FlatGeobuf, CSV with coordinate or WKT columns) into an Overlay in
/// WGS84. A bad feature is reported (file, feature, field, reason) and the rest loads; a file
/// that cannot be read at all gives nothing. A raster file is opened by RasterReader.
class OverlayReader {
public:
    struct Options {
        QString dateField; ///< empty: found automatically (event_date, date, start)
        /// West, south, east, north in degrees: only the features meeting it are read (the
        /// file's spatial index, where it has one, is used). Empty: all.
        std::optional<std::array<double, 4>> within;
    };

    /// `spec` is `PATH` or `PATH:LAYERNAME`.
    static std::shared_ptr<const Overlay> read(const QString& spec, LoadProblems& problems,
                                               const Options& options = {});
    /// Every attribute of one feature, in the file's field order (read back from the file for
    /// the columns the overlay does not keep).
    static std::vector<std::pair<QString, QString>> attributes(const Overlay& overlay,
                                                               std::size_t feature);
    /// Splits `PATH[:LAYERNAME]`: the whole text when it names a file.
    static std::pair<QString, QString> splitSpec(const QString& spec);
};

} // namespace frontier
