#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <memory>

class QTemporaryDir;

namespace frontier::test {

/// \brief A real PostgreSQL server with PostGIS for a test suite: `initdb` in a temporary
/// folder, the server listening only on a Unix socket in that folder, one database with the
/// postgis extension. Each instance has its own folder and socket, so suites run side by side.
///
/// The superuser `postgres` connects without a password; any other role needs its password
/// (scram-sha-256), so tests can exercise a password file. As root (CI), the folder belongs to
/// the `postgres` system user and the server runs as it, since initdb refuses root.
class PostgresServer {
public:
    static constexpr char kDatabase[] = "atlas";

    /// Creates the cluster and starts it; ok() says whether it worked, log() why not.
    PostgresServer();
    /// Stops the server and removes the folder.
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    bool ok() const { return m_ok; }
    /// What went wrong, with the server's log.
    QString log() const;
    /// The folder of the server's socket: libpq's `host`.
    QString socketDir() const;
    /// GDAL's connection to the database as the superuser.
    QString connection() const;

    /// Runs SQL statements in `database` as the superuser (psql, stopping at the first error);
    /// false with the error in log().
    bool sql(const QString& statements, const QString& database = QLatin1String(kDatabase));
    /// The first column of a query's rows, one a line (psql -At); empty on an error (in log()).
    QString query(const QString& statement, const QString& database = QLatin1String(kDatabase));
    /// Starts psql on `statements` and returns without waiting: a session that holds a lock
    /// while the test does something else. The caller kills it or stops the server.
    std::unique_ptr<QProcess> startSql(const QString& statements);
    /// The superuser's connection to another database of this server.
    QString connection(const QString& database) const;
    /// libpq's files for a role that logs in with a password.
    struct ClientFiles {
        QString serviceFile; ///< for PGSERVICEFILE
        QString passFile;    ///< for PGPASSFILE
    };
    /// Creates `role` with `password`, allowed to read every table, and writes into `folder` a
    /// service file (service `service`: this database as `role`) and a password file with it.
    ClientFiles addRole(const QString& folder, const QString& service, const QString& role,
                        const QString& password);
    /// `pg_ctl stop -m fast`: as a server that went away.
    bool stop();
    bool start();

private:
    QStringList psqlArgs(const QString& database, const QString& statements) const;
    bool psql(const QString& database, const QString& statements);
    bool run(const QString& program, const QStringList& args, QString* output = nullptr);
    QString binary(const QString& name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    QString m_errors;
    bool m_ok = false;
    bool m_running = false;
};

/// \brief A test suite (on `Base`'s fixture) with one server for all its tests, started before
/// the first. A test fails, with the server's log, if the server could not start. Register the
/// executable with frontier_suite_test, so CTest runs the suite in one process and starts the
/// server once.
template <class Base = ::testing::Test> class PostgresSuite : public Base {
protected:
    static void SetUpTestSuite() { s_server = std::make_unique<PostgresServer>(); }
    static void TearDownTestSuite() { s_server.reset(); }
    void SetUp() override
    {
        ASSERT_TRUE(s_server->ok()) << s_server->log().toStdString();
        Base::SetUp();
    }

    static PostgresServer& server() { return *s_server; }

private:
    static inline std::unique_ptr<PostgresServer> s_server;
};

} // namespace frontier::test
