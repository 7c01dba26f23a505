#include "DbConnection.h"

#include "PqxxHandle.h"
#include "io/PgConnection.h"

#include <QCoreApplication>

namespace frontier {

DbConnection::DbConnection(const QString& spec) : m_spec(PgConnection::withoutPassword(spec))
{
    QString error;
    const auto conninfo = PgConnection::libpqName(spec, &error);
    if (!conninfo)
        throw DbError(DbError::Kind::Refused, m_spec + QStringLiteral(": ") + error);
    m_conninfo = conninfo->toStdString();
    connect();
}

DbConnection::~DbConnection() = default;

void DbConnection::connect()
{
    m_handle.reset();
    m_handle = Pqxx::guarded(m_spec, [&] { return std::make_unique<Handle>(m_conninfo); });
}

DbConnection::Handle& DbConnection::handle()
{
    if (!m_handle || !m_handle->connection.is_open())
        connect();
    return *m_handle;
}

namespace Pqxx {

void rethrow(const QString& what)
{
    const auto firstLine = [](const char* message) {
        return QString::fromUtf8(message).section(u'\n', 0, 0).trimmed();
    };
    try {
        throw;
    } catch (const pqxx::sql_error& e) {
        // Class 08: connection exceptions; 57: the server shutting down or the query cancelled.
        const std::string state = e.sqlstate();
        const bool gone = state.rfind("08", 0) == 0 || state.rfind("57", 0) == 0;
        throw DbError(gone ? DbError::Kind::Unavailable : DbError::Kind::Refused,
                      what + QStringLiteral(": ") + firstLine(e.what()));
    } catch (const pqxx::broken_connection& e) {
        throw DbError(DbError::Kind::Unavailable,
                      what +
                          QCoreApplication::translate("frontier::DbConnection",
                                                      ": the server cannot be reached: ") +
                          firstLine(e.what()));
    } catch (const pqxx::in_doubt_error&) {
        throw DbError(DbError::Kind::Unavailable,
                      what +
                          QCoreApplication::translate("frontier::DbConnection",
                                                      ": the connection broke while committing"));
    } catch (const std::exception& e) {
        throw DbError(DbError::Kind::Refused, what + QStringLiteral(": ") + firstLine(e.what()));
    }
}

} // namespace Pqxx
} // namespace frontier
