#pragma once

#include "ExportLayer.h"

#include <QString>

#include <utility>
#include <vector>

namespace frontier {

/// \brief Writes ExportLayers as GIS files with GDAL/OGR (with OgrLayerReader, the only GDAL
/// includer): each file is built in memory, then saved through AtomicFiles, so a failure leaves
/// any earlier file as it was and nothing half-written. Empty on success, else a message
/// naming the file and the reason.
namespace VectorFileWriter {
/// Every layer in one GeoPackage.
QString writeGeoPackage(const QString& path, const std::vector<ExportLayer>& layers);
/// One GeoJSON file per layer (GeoJSON holds one layer), saved together.
QString writeGeoJson(const std::vector<std::pair<QString, ExportLayer>>& files);
} // namespace VectorFileWriter

} // namespace frontier
