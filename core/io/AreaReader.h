#pragma once

#include "DatasetRecords.h"
#include "LoadProblem.h"
#include "model/DatedArea.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace frontier {

/// Checks the records of areas.geojson: Polygon or Point features, each with an id, a name, a
/// kind, a start (and optional end) date in its precision, a confidence and sources.
namespace AreaReader {
/// One record: its area, or nothing and every problem found in `problems`.
std::optional<DatedArea> read(const Record& record, const QString& file,
                              const QHash<QString, int>& sources, LoadProblems& problems);
/// Every record in order, each id once.
std::vector<DatedArea> read(const std::vector<Record>& records, const QString& file,
                            const QHash<QString, int>& sources, LoadProblems& problems);
} // namespace AreaReader

} // namespace frontier
