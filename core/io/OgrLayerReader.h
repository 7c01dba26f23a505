#pragma once

#include "LoadProblem.h"
#include "model/VectorLayer.h"

#include <QString>

#include <optional>

namespace frontier {

/// \brief The only place that speaks GDAL/OGR: reads one vector file into a VectorLayer.
class OgrLayerReader {
public:
    /// Reads the first layer of `path`, expecting geometries of `expected` type; checks each
    /// vertex is finite and inside the frontier region. Problems go to `problems`.
    static std::optional<VectorLayer> read(const QString& path, const QString& layerName,
                                           GeometryType expected, LoadProblems& problems);
};

} // namespace frontier
