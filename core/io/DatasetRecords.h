#pragma once

#include "AtomicFiles.h"
#include "LoadProblem.h"

#include <QDir>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <utility>
#include <vector>

namespace frontier {

class Dataset;

/// One editable record of a dataset folder: an event (a GeoJSON Feature of events.geojson), an
/// actor (actors.json), a source (sources.json) or a dated area (areas.geojson).
enum class RecordKind { Event, Actor, Source, Area };

struct Record {
    QString id;
    QJsonObject properties; ///< the JSON object as in the file (for events/areas: `properties`)
    QJsonValue geometry;    ///< GeoJSON geometry for events and areas, Null otherwise
    /// Where it was read ("#3", "line 4"): names a record without an id in problems.
    QString position;
};

/// A record's kind and id: which record an edit touched.
using RecordKey = std::pair<RecordKind, QString>;

/// \brief The records of a dataset folder, in file order, and their stable serialisation.
struct DatasetRecords {
    std::vector<Record> events, actors, sources, areas;
    QString eventsFile = QStringLiteral("events.geojson"); ///< or events.geojsonl (GeoJSONSeq)
    bool hasAreasFile = true; ///< a dataset of crossings alone may have no areas.geojson

    /// The records of the folder's files; a file that is not JSON of the expected shape is a
    /// problem (a record's fields are checked by validateRecord and the readers).
    static DatasetRecords read(const QString& folder, LoadProblems& problems);
    /// events.geojson, or events.geojsonl where only that exists.
    static QString eventsFileIn(const QDir& dir);
    /// The files these records make (events.geojson, actors.json, sources.json, areas.geojson),
    /// one record a line in a stable key order, so `git diff` shows only what changed.
    std::vector<AtomicFiles::File> files(const QString& folder) const;

    const std::vector<Record>& of(RecordKind kind) const;
    std::vector<Record>& of(RecordKind kind);
    /// The file a kind of record is kept in ("actors.json", …).
    QString fileName(RecordKind kind) const;
};

/// The frontier features events may name: crossing id → feature index, sector id → index.
struct FeatureIds {
    QHash<QString, int> crossings;
    QHash<QString, int> sectors;
    static FeatureIds of(const Dataset& dataset);
};

/// The same checks and messages as `validate` for one record against the rest of the dataset:
/// `all` holds the record (so an id met twice there is a duplicate).
LoadProblems validateRecord(RecordKind kind, const Record& record, const DatasetRecords& all,
                            const FeatureIds& features);

} // namespace frontier
