#pragma once

#include "io/DatasetRecords.h"

#include <QString>

#include <optional>
#include <string>

namespace frontier {

/// \brief The table of one kind of record and the SQL that reads and writes it. Only the table's
/// name is put into the SQL text; every value is a parameter.
struct RecordTable {
    const char* name;
    bool hasGeometry; ///< events' points and areas' shapes, in PostGIS

    static RecordTable of(RecordKind kind);
    static std::optional<RecordKind> kindOf(const QString& tableName);

    /// id, properties as text, geometry as GeoJSON (or NULL), revision; in the file's order.
    std::string selectAll() const;
    /// The same columns for the record whose id is $1.
    std::string selectOne() const;
    /// The same columns for the records the audit saw change in transactions the snapshot $1
    /// (a pg_snapshot's text) did not see.
    std::string selectChangedSince() const;
    /// The SQL condition on an audit row: written by a transaction `snapshot` did not see.
    static std::string unseenIn(const std::string& snapshot);
    /// $1 a JSON array of {id, properties, geometry}: inserts and updates them all, giving a new
    /// revision to each that changed.
    std::string upsertAll() const;
    /// Deletes the records whose ids are not in the JSON array $1.
    std::string deleteOthers() const;
    /// $1 id, $2 properties, $3 geometry (GeoJSON or NULL; only with hasGeometry): a new record
    /// with revision 1, after the others; no row when the id exists.
    std::string insertOne() const;
    /// $1 id, $2 properties, $3 the base revision, $4 geometry (only with hasGeometry): the
    /// record's new revision, or no row when the base is stale.
    std::string updateOne() const;
};

} // namespace frontier
