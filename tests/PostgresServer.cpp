#include "PostgresServer.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

namespace frontier::test {
namespace {

constexpr char kSystemUser[] = "postgres";

// Debian's layout: /usr/lib/postgresql/VERSION/bin, the newest version installed.
QString serverBin()
{
    QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), numeric);
    for (auto v = versions.crbegin(); v != versions.crend(); ++v) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(*v);
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

bool asRoot()
{
    return geteuid() == 0;
}

// Gives `path` to the postgres system user, as root.
bool giveToSystemUser(const QString& path)
{
    const passwd* user = getpwnam(kSystemUser);
    return user && chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) == 0;
}

} // namespace

PostgresServer::PostgresServer()
    : m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pgtest-XXXXXX"))),
      m_bin(serverBin())
{
    if (m_bin.isEmpty()) {
        m_errors = QStringLiteral("no PostgreSQL server in /usr/lib/postgresql/*/bin (Debian's "
                                  "postgresql-15 and postgresql-15-postgis-3)");
        return;
    }
    if (!m_dir->isValid() || (asRoot() && !giveToSystemUser(m_dir->path()))) {
        m_errors =
            QStringLiteral("cannot make the folder %1 for the server%2")
                .arg(m_dir->path(), asRoot() ? QStringLiteral(" (no postgres user?)") : QString());
        return;
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (!run(binary(QStringLiteral("initdb")),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
              QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")}))
        return;
    // Appended and rewritten in place: the files keep their owner.
    QFile conf(data + QStringLiteral("/postgresql.conf"));
    QFile hba(data + QStringLiteral("/pg_hba.conf"));
    if (!conf.open(QIODevice::Append) || !hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_errors = QStringLiteral("cannot write the server's configuration");
        return;
    }
    conf.write(QStringLiteral("listen_addresses = ''\nunix_socket_directories = '%1'\n"
                              "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                              "log_statement = 'all'\n")
                   .arg(m_dir->path())
                   .toUtf8());
    hba.write("local all postgres trust\nlocal all all scram-sha-256\n");
    conf.close();
    hba.close();
    m_ok = start() &&
           psql(QStringLiteral("postgres"),
                QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(kDatabase))) &&
           sql(QStringLiteral("CREATE EXTENSION postgis"));
}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::socketDir() const
{
    return m_dir->path();
}

QString PostgresServer::connection() const
{
    return connection(QLatin1String(kDatabase));
}

QString PostgresServer::connection(const QString& database) const
{
    return QStringLiteral("PG:dbname=%1 host=%2 user=postgres").arg(database, socketDir());
}

QString PostgresServer::log() const
{
    QFile server(m_dir->filePath(QStringLiteral("server.log")));
    const QString text =
        server.open(QIODevice::ReadOnly) ? QString::fromUtf8(server.readAll()) : QString();
    return m_errors + QStringLiteral("\n--- server log ---\n") + text;
}

QString PostgresServer::binary(const QString& name) const
{
    return m_bin + u'/' + name;
}

bool PostgresServer::run(const QString& program, const QStringList& args, QString* output)
{
    QProcess p;
    // The postgres user may not enter the caller's folder.
    p.setWorkingDirectory(m_dir->path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (asRoot())
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QLatin1String(kSystemUser), QStringLiteral("--"),
                            program} +
                    args);
    else
        p.start(program, args);
    const bool finished = p.waitForFinished(60000);
    const QString printed = QString::fromUtf8(p.readAll());
    if (finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
        if (output)
            *output = printed;
        return true;
    }
    m_errors += QStringLiteral("%1 %2 failed (%3):\n%4\n")
                    .arg(program, args.join(u' '),
                         finished && p.exitStatus() == QProcess::NormalExit
                             ? QStringLiteral("exit code %1").arg(p.exitCode())
                             : p.errorString(),
                         printed);
    return false;
}

PostgresServer::ClientFiles PostgresServer::addRole(const QString& folder, const QString& service,
                                                    const QString& role, const QString& password)
{
    sql(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2';"
                       "GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1;"
                       "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %1")
            .arg(role, password));
    const ClientFiles files{folder + QStringLiteral("/pg_service.conf"),
                            folder + QStringLiteral("/pgpass")};
    QFile serviceFile(files.serviceFile), passFile(files.passFile);
    serviceFile.open(QIODevice::WriteOnly);
    serviceFile.write(QStringLiteral("[%1]\nhost=%2\ndbname=%3\nuser=%4\n")
                          .arg(service, socketDir(), QLatin1String(kDatabase), role)
                          .toUtf8());
    passFile.open(QIODevice::WriteOnly);
    passFile.write(QStringLiteral("%1:*:%2:%3:%4\n")
                       .arg(socketDir(), QLatin1String(kDatabase), role, password)
                       .toUtf8());
    // libpq ignores a password file others can read.
    passFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return files;
}

bool PostgresServer::start()
{
    m_running =
        run(binary(QStringLiteral("pg_ctl")),
            {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"),
             QStringLiteral("60"), QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")),
             QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log"))});
    return m_running;
}

bool PostgresServer::stop()
{
    if (!m_running)
        return true;
    m_running = !run(binary(QStringLiteral("pg_ctl")),
                     {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"),
                      QStringLiteral("fast"), QStringLiteral("-D"),
                      m_dir->filePath(QStringLiteral("data"))});
    return !m_running;
}

bool PostgresServer::sql(const QString& statements, const QString& database)
{
    return psql(database, statements);
}

QString PostgresServer::query(const QString& statement, const QString& database)
{
    QString output;
    run(binary(QStringLiteral("psql")),
        QStringList{QStringLiteral("-A"), QStringLiteral("-t")} + psqlArgs(database, statement),
        &output);
    return output.trimmed();
}

std::unique_ptr<QProcess> PostgresServer::startSql(const QString& statements)
{
    auto p = std::make_unique<QProcess>();
    p->setWorkingDirectory(m_dir->path());
    p->start(binary(QStringLiteral("psql")), psqlArgs(QLatin1String(kDatabase), statements));
    p->waitForStarted();
    return p;
}

QStringList PostgresServer::psqlArgs(const QString& database, const QString& statements) const
{
    return {QStringLiteral("-X"), QStringLiteral("-q"),
            QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-h"), socketDir(),
            QStringLiteral("-U"), QStringLiteral("postgres"),
            QStringLiteral("-d"), database,
            QStringLiteral("-c"), statements};
}

bool PostgresServer::psql(const QString& database, const QString& statements)
{
    return run(binary(QStringLiteral("psql")), psqlArgs(database, statements));
}

} // namespace frontier::test
