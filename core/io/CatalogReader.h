#pragma once

#include "LoadProblem.h"
#include "model/Actor.h"
#include "model/Event.h"
#include "model/Source.h"

#include <QHash>
#include <QString>

#include <vector>

namespace frontier {

/// \brief Reads the JSON catalogs (actors.json, sources.json) and the events GeoJSON
/// (a FeatureCollection, or GeoJSONSeq with one Feature per line for large sets).
class CatalogReader {
public:
    struct Ids {
        const QHash<QString, int>& actors;
        const QHash<QString, int>& sources;
        const QHash<QString, int>& crossings;
    };

    static std::vector<Actor> readActors(const QString& path, LoadProblems& problems);
    static std::vector<Source> readSources(const QString& path, LoadProblems& problems);
    static std::vector<Event> readEvents(const QString& path, const Ids& ids, LoadProblems& problems);
};

} // namespace frontier
