#pragma once

#include "LoadProblem.h"
#include "io/OverlayReader.h"
#include "overlay/Overlay.h"

#include <QString>

#include <memory>

namespace frontier {

/// \brief Reads a CSV of points (comma-separated, with longitude/latitude columns and no CRS
/// file beside it, as ACLED's export) straight from the file: a million rows in about a
/// second, where GDAL's CSV driver takes over ten. ACLED's free-text and id columns are not
/// kept; identify reads the feature's row again where it begins (Overlay::rowOffsets).
class CsvPointReader {
public:
    /// Whether `path` is such a file; GDAL reads the others (WKT columns, other separators).
    static bool accepts(const QString& path);
    /// As OverlayReader::read, with the same problems for the same bad rows; the features in
    /// the file's order, their fids the rows' numbers from 1 (as GDAL numbers them).
    static std::shared_ptr<Overlay> read(const QString& path, LoadProblems& problems,
                                         const OverlayReader::Options& options);
};

} // namespace frontier
