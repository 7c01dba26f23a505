#pragma once

#include "db/DatasetStore.h"
#include "db/DbConnection.h"
#include "db/FolderTransfer.h"
#include "db/Migrations.h"

namespace frontier::test {

/// Makes the database at `connection` hold the bundled dataset, on the current schema.
inline void pushBundledDataset(const QString& connection)
{
    DbConnection db(connection);
    Migrations::apply(db);
    DatasetStore store(connection);
    FolderTransfer::push(QStringLiteral(FRONTIER_MAPS_DIR), store);
}

} // namespace frontier::test
