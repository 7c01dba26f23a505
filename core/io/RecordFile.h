#pragma once

#include "DatasetRecords.h"
#include "LoadProblem.h"

#include <QString>

#include <optional>
#include <vector>

namespace frontier {

/// Reads a dataset file into its records, reporting a file that is not JSON of the expected
/// shape; the records' fields are left to the readers that check them.
namespace RecordFile {
/// The objects of the array `key` of a JSON catalog (actors.json, sources.json, sectors.json).
std::optional<std::vector<Record>> catalog(const QString& path, const QString& key,
                                           LoadProblems& problems);
/// The features of areas.geojson.
std::optional<std::vector<Record>> areas(const QString& path, LoadProblems& problems);
/// The Features of the events file: a FeatureCollection, or GeoJSONSeq (one Feature a line,
/// parsed on two threads) when it is called .geojsonl or .geojsons.
std::optional<std::vector<Record>> events(const QString& path, LoadProblems& problems);
} // namespace RecordFile

} // namespace frontier
