#pragma once

#include <QString>

#include <memory>

namespace frontier {

/// \brief One connection to the shared dataset's server, made from a `PG:…` or `postgresql://…`
/// connection (PgConnection: no password in it; libpq's service and password files give them).
/// A connection that broke is made again on the next use. Only core/db sees libpqxx, through
/// Handle (PqxxHandle.h).
class DbConnection {
public:
    struct Handle;

    /// Connects; throws DbError (Unavailable, or Refused for a password in `spec`).
    explicit DbConnection(const QString& spec);
    ~DbConnection();
    DbConnection(const DbConnection&) = delete;
    DbConnection& operator=(const DbConnection&) = delete;

    /// The connection as the user gave it: what messages name.
    const QString& spec() const { return m_spec; }
    /// The open connection, connecting again if it broke.
    Handle& handle();

private:
    void connect();

    QString m_spec;
    std::string m_conninfo;
    std::unique_ptr<Handle> m_handle;
};

} // namespace frontier
