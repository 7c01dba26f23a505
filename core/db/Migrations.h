#pragma once

namespace frontier {

class DbConnection;

/// The database's schema as numbered migrations, the SQL files of resources/db/migrations built
/// in as `:/db/migrations/NNN_name.sql`; the `schema_version` table lists those applied.
namespace Migrations {

/// The newest version this program knows.
int latest();
/// Applies the migrations the database lacks, all in one transaction (none on a failure), and
/// returns the version it has then. A database newer than this program is refused (Schema).
int apply(DbConnection& db);
/// Throws DbError (Schema) unless the database has exactly latest(), saying what to do.
void check(DbConnection& db);

} // namespace Migrations
} // namespace frontier
