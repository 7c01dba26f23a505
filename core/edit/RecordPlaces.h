#pragma once

#include "io/DatasetRecords.h"

#include <QHash>
#include <QString>

#include <array>
#include <optional>

namespace frontier {

/// \brief Each record's place among its kind, by id, without searching the records: the first
/// record with the id, as a search from the start finds it. Told of each put before it is made:
/// a put that leaves the other records where they are (a record replaced by one with the same
/// id, one added last, the last removed) keeps it up to date; any other makes it forget the
/// kind's places, found again all at once at the next lookup. Used on one thread.
class RecordPlaces {
public:
    /// The place of `id` among the records of `kind` in `records` (those it was told of), or -1.
    int indexOf(const DatasetRecords& records, RecordKind kind, const QString& id) const;
    /// `records` are about to have `record` put at `index` (EditableDataset::put).
    void put(const DatasetRecords& records, RecordKind kind, int index,
             const std::optional<Record>& record);

private:
    /// By kind: none until looked up, or after a put that moved records.
    mutable std::array<std::optional<QHash<QString, int>>, 4> m_places;
};

} // namespace frontier
