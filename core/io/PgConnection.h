#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace frontier {

/// \brief A PostgreSQL/PostGIS database given where a layer's file would be: `PG:` and libpq's
/// `keyword=value` pairs (`PG:service=team tables=events`), or a `postgresql://` URI
/// (`postgresql://analyst@db.example/atlas?tables=events`). `tables=` names the table, in both
/// forms; `PATH:LAYERNAME` does not apply, as a colon belongs to both.
///
/// Credentials come only from libpq's service file (PGSERVICEFILE, ~/.pg_service.conf) and
/// password file (PGPASSFILE, ~/.pgpass). A connection string with a password in it is refused
/// rather than stripped: the string is what the layers list, messages and reloads show and use,
/// so refusing it keeps a password out of all of them at once.
class PgConnection {
public:
    /// True for `PG:…`, `postgresql://…` and `postgres://…`.
    static bool isConnection(const QString& spec);
    /// True when `spec` carries a password (`password=`, or `user:password@` in a URI).
    static bool hasPassword(const QString& spec);
    /// `spec` with any password blanked: how a refused connection is named.
    static QString withoutPassword(QString spec);
    /// GDAL's `PG:` form of `spec`, which never waits more than a few seconds for a server that
    /// does not answer; nothing, with why in `error`, for a password or an unreadable URI.
    static std::optional<QByteArray> gdalName(const QString& spec, QString* error);
    /// libpq's connection string for `spec`: gdalName() without its `PG:`.
    static std::optional<QByteArray> libpqName(const QString& spec, QString* error);
};

} // namespace frontier
