#pragma once

#include "io/DatasetReader.h"

#include <QString>

namespace frontier {

/// Where a dataset is read from: a folder, or a database (`PG:…`, `postgresql://…`).
namespace DatasetSource {

/// True when `location` names a database rather than a folder.
bool isDatabase(const QString& location);
/// How messages name `location`: a database without any password in it.
QString displayName(const QString& location);
/// Reads the dataset at `location` with DatasetReader. A database's records are pulled into
/// memory and its other files into a private temporary folder, removed once read; they are read
/// and checked as a folder's, and the dataset's origin is `location`. A server that cannot be
/// reached or a schema that is not this program's is a problem naming the connection.
DatasetReader::Result read(const QString& location);
/// The dataset at `location` again, after a change on its server. The database read last (by
/// read or reread) sends only the records changed since, and the dataset is built from the
/// records kept: a colleague's change does not read 100,000 events again. Anything else is read
/// whole, as read() does.
DatasetReader::Result reread(const QString& location);

} // namespace DatasetSource
} // namespace frontier
