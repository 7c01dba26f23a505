#pragma once

#include "DatasetRecords.h"
#include "LoadProblem.h"
#include "model/Actor.h"
#include "model/DateRange.h"
#include "model/FrontierFeature.h"
#include "model/Source.h"
#include "model/VectorLayer.h"

#include <QSet>
#include <QString>

#include <vector>

namespace frontier {

/// \brief Reads the catalogs, lists of records with unique ids: actors.json, sources.json and the
/// crossings layer, sectors.json; and the dataset's description, dataset.json.
class CatalogReader {
public:
    /// dataset.json: what the dataset is called and which dates its events cover.
    struct Description {
        QString name;
        DateRange coverage;
    };

    /// The actor records of actors.json, checked: each id once, each parent an actor.
    static std::vector<Actor> readActors(const std::vector<Record>& records, const QString& file,
                                         LoadProblems& problems);
    /// One actor record, checked alone (its id and parent are checked against the others by
    /// readActors, or by isDuplicate and checkParent).
    static Actor readActor(const Record& record, const QString& file, LoadProblems& problems);
    static void checkParent(const Actor& actor, const QSet<QString>& actorIds, const QString& file,
                            LoadProblems& problems);
    /// The source records of sources.json, checked: each id once.
    static std::vector<Source> readSources(const std::vector<Record>& records, const QString& file,
                                           LoadProblems& problems);
    static Source readSource(const Record& record, const QString& file, LoadProblems& problems);
    /// The crossings from their point layer (read like the basemap layers).
    static std::vector<FrontierFeature> readCrossings(const VectorLayer& layer,
                                                      LoadProblems& problems);
    /// sectors.json: the frontier's sectors in order along the line, each from its `from_km` to
    /// the next one's (their kilometres are checked against the line by FeaturePlacement).
    static std::vector<FrontierFeature> readSectors(const QString& path, LoadProblems& problems);
    static Description readDescription(const QString& path, LoadProblems& problems);
};

} // namespace frontier
