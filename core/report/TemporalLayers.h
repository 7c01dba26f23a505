#pragma once

#include "io/ExportLayer.h"

#include <vector>

namespace frontier {

class Timeline;

/// \brief The events, the frontier sectors and the dated areas as GIS layers with `start` and
/// `end` date fields (the first and last day each can mean), for QGIS's temporal controller in
/// its "separate start and end fields" mode: `events --gpkg` and `events --geojson`.
namespace TemporalLayers {
/// The layers "events" (the given event indices that have a feature or a point), "sectors" and
/// "areas", in that order.
std::vector<ExportLayer> build(const Timeline& timeline, const std::vector<int>& events);
} // namespace TemporalLayers

} // namespace frontier
