#pragma once

#include "LoadProblem.h"
#include "model/Date.h"
#include "model/DateRange.h"
#include "overlay/Overlay.h"
#include "overlay/TimeFilter.h"

#include <QString>

#include <array>
#include <map>
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
        /// Only the features that can show on some day of this range are needed (an export of
        /// one date, a comparison of two, a series of frames): a database's dated table then
        /// sends only those rows; a file is read whole.
        std::optional<DateRange> shownDuring;
        /// With `shownDuring`: each layer's time filter, by its layer name or name (as in
        /// `--layer-style`); the others show what is up to the date.
        std::map<QString, TimeFilter> timeFilters;
    };

    /// `spec` as LayerSpec parses it.
    static std::shared_ptr<const Overlay> read(const QString& spec, LoadProblems& problems,
                                               const Options& options = {});
    /// Reads `overlay` again from where it came from, dated by the same field.
    static std::shared_ptr<const Overlay> reload(const Overlay& overlay, LoadProblems& problems);
    /// Every attribute of one feature, in the file's field order (read back from the file for
    /// the columns the overlay does not keep).
    static std::vector<std::pair<QString, QString>> attributes(const Overlay& overlay,
                                                               std::size_t feature);

    /// Through GDAL's drivers alone, never CsvPointReader (what that reader is held to), as
    /// read, but in the file's order.
    static std::shared_ptr<Overlay> readWithGdal(const QString& path, const QString& layerName,
                                                 LoadProblems& problems, const Options& options);

private:
    static std::shared_ptr<const Overlay> read(const QString& path, const QString& layerName,
                                               LoadProblems& problems, const Options& options);
};

} // namespace frontier
