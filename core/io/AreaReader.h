#pragma once

#include "LoadProblem.h"
#include "model/DatedArea.h"

#include <QHash>
#include <QString>

#include <vector>

namespace frontier {

/// Reads areas.geojson: a FeatureCollection of Polygon or Point features, each with an id, a
/// name, a kind, a start (and optional end) date in its precision, a confidence and sources.
namespace AreaReader {
std::vector<DatedArea> read(const QString& path, const QHash<QString, int>& sources,
                            LoadProblems& problems);
} // namespace AreaReader

} // namespace frontier
