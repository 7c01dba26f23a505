#pragma once

#include "LoadProblem.h"
#include "model/Event.h"

#include <QHash>
#include <QString>

#include <vector>

namespace frontier {

/// Reads the events GeoJSON: a FeatureCollection, or GeoJSONSeq with one Feature per line
/// for large sets. Ids are resolved against the catalogs read before.
namespace EventReader {
struct Ids {
    const QHash<QString, int>& actors;
    const QHash<QString, int>& sources;
    const QHash<QString, int>& crossings; ///< crossing id → feature index
    const QHash<QString, int>& sectors;   ///< sector id → feature index
};

std::vector<Event> read(const QString& path, const Ids& ids, LoadProblems& problems);
} // namespace EventReader

} // namespace frontier
