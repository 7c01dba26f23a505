#pragma once

#include "LoadProblem.h"
#include "geo/FrontierLine.h"
#include "model/FrontierFeature.h"
#include "model/VectorLayer.h"

#include <vector>

namespace frontier {

/// Puts the frontier features on the frontier line once both are read.
namespace FeaturePlacement {
/// The frontier layer's lines joined in file order into one measured line.
FrontierLine lineOf(const VectorLayer& frontier);

/// Measures every feature against `line`: a crossing's kilometre (fromKm = toKm); a sector's
/// limits, from its own from_km to the next sector's (the last to the line's end) and its middle
/// point. Sectors must start at km 0 and increase strictly within the line, so that together
/// they cover it with no gap or overlap; each fault is a problem naming `sectorsFile`, the
/// sector and "from_km".
void place(std::vector<FrontierFeature>& features, const FrontierLine& line,
           const QString& sectorsFile, LoadProblems& problems);
} // namespace FeaturePlacement

} // namespace frontier
