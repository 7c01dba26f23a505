#pragma once

#include "io/LoadProblem.h"

#include <QString>

namespace frontier {

class DatasetStore;

/// Moving a whole dataset between a folder and a database.
namespace FolderTransfer {

/// Makes the database hold the dataset of `folder`: its records and its other files (the
/// basemap layers, dataset.json, the crossings, sectors.json), in one transaction. A folder the
/// reader finds problems in is not pushed: its problems are returned. Throws DbError.
LoadProblems push(const QString& folder, DatasetStore& store);
/// Writes the database's dataset into `folder` (made if need be), atomically: the record files
/// in the record layer's stable layout and the other files as they were pushed. Empty, or why
/// the files could not be written. Throws DbError.
QString pull(DatasetStore& store, const QString& folder);

} // namespace FolderTransfer
} // namespace frontier
