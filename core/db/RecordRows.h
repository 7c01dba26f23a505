#pragma once

#include "PqxxHandle.h"
#include "SaveResult.h"
#include "io/DatasetRecords.h"
#include "io/Sha256.h"

#include <QHash>
#include <QJsonObject>

#include <vector>

namespace frontier {

/// The server's rows as records: the columns of RecordTable's selects (id, properties as text,
/// geometry as GeoJSON or NULL, revision).
namespace RecordRows {

/// A JSON object column; an empty object when it is not one.
QJsonObject object(const pqxx::field& field);
StoredRecord stored(const pqxx::row& row);

/// SHA-256 (hex) of the row's id, properties and geometry columns as the server sent them.
QByteArray rowHash(const pqxx::row& row);

/// Appends every record of `kind`'s table, in the file's order, with its revision and its
/// rowHash. The rows come through a cursor a batch at a time, and each batch is parsed on a
/// worker thread while the next one is fetched.
void readAll(pqxx::transaction_base& tx, RecordKind kind, std::vector<Record>& records,
             QHash<QString, qint64>& revisions, QHash<QString, QByteArray>& rowHashes);

} // namespace RecordRows
} // namespace frontier
