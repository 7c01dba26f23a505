#pragma once

#include "DatasetRecords.h"
#include "LoadProblem.h"
#include "model/Event.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace frontier {

class EventMemo;

/// Checks event records (the Features of events.geojson) and makes them events. Ids are
/// resolved against the catalogs read before.
namespace EventReader {
struct Ids {
    const QHash<QString, int>& actors;
    const QHash<QString, int>& sources;
    const QHash<QString, int>& crossings; ///< crossing id → feature index
    const QHash<QString, int>& sectors;   ///< sector id → feature index
};

/// One record: its event, or nothing and every problem found in `problems`.
std::optional<Event> read(const Record& record, const QString& file, const Ids& ids,
                          LoadProblems& problems);
/// Every record in order, each id once; retired events are checked and left out. With a memo,
/// a record read before is not checked again, and the events read are kept in it.
std::vector<Event> read(const std::vector<Record>& records, const QString& file, const Ids& ids,
                        LoadProblems& problems, EventMemo* memo = nullptr);
/// Whether the record has a `retired` date: kept in the file, out of the timeline.
bool isRetired(const Record& record);
} // namespace EventReader

} // namespace frontier
