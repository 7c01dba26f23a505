#pragma once

#include "LoadProblem.h"
#include "overlay/Overlay.h"

#include <QString>

#include <memory>

namespace frontier {

/// \brief Opens an analyst's raster (GeoTIFF or any raster GDAL reads here) as an Overlay whose
/// RasterSource draws it; its vertices are its footprint, for its extent. Only the header and a
/// sample of blocks (for the grey stretch, and to find a damaged file) are read, so a file of
/// any size opens at once.
class RasterReader {
public:
    /// Without `layerName`: true for a local file GDAL takes for a raster and not for a vector,
    /// for a file of both kinds (a GeoPackage) without a vector layer, and for any .tif or .tiff,
    /// so that a damaged one is reported as a raster. With it: true when it names a raster table
    /// of a GeoPackage.
    static bool isRaster(const QString& path, const QString& layerName = {});
    /// The layer (a GeoPackage's raster `table` when named), or nothing with the reason in
    /// `problems` (naming the file).
    static std::shared_ptr<const Overlay> read(const QString& path, LoadProblems& problems,
                                               const QString& table = {});
};

} // namespace frontier
