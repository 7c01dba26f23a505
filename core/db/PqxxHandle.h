#pragma once

#include "DbConnection.h"
#include "DbError.h"

#include <pqxx/pqxx>

#include <QString>

#include <string>

namespace frontier {

struct DbConnection::Handle {
    explicit Handle(const std::string& conninfo) : connection(conninfo) {}
    pqxx::connection connection;
};

namespace Pqxx {

inline std::string text(const QString& s)
{
    return s.toStdString();
}
inline QString text(const pqxx::field& f)
{
    return QString::fromUtf8(f.c_str(), static_cast<qsizetype>(f.size()));
}

/// libpqxx's exception as a DbError: `what` and the server's first line, never the connection
/// string. A broken connection, a server shutting down or an unknown commit is Unavailable.
[[noreturn]] void rethrow(const QString& what);

/// Runs `work`, turning libpqxx's exceptions into DbError.
template <typename Work> auto guarded(const QString& what, Work&& work) -> decltype(work())
{
    try {
        return work();
    } catch (const DbError&) {
        throw;
    } catch (const std::exception&) {
        rethrow(what);
    }
}

} // namespace Pqxx
} // namespace frontier
