#include "Migrations.h"

#include "PqxxHandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <map>

namespace frontier::Migrations {
namespace {

// version → SQL, from the files' leading numbers.
std::map<int, QByteArray> migrations()
{
    std::map<int, QByteArray> all;
    const QDir dir(QStringLiteral(":/db/migrations"));
    for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all[name.section(u'_', 0, 0).toInt()] = file.readAll();
    }
    return all;
}

// The database's version: 0 when it has no schema_version table.
int versionOf(pqxx::transaction_base& tx)
{
    const pqxx::row exists = tx.exec_params1("SELECT to_regclass('schema_version') IS NOT NULL");
    if (!exists[0].as<bool>())
        return 0;
    return tx.exec_params1("SELECT coalesce(max(version), 0) FROM schema_version")[0].as<int>();
}

QString newerMessage(const DbConnection& db, int version)
{
    return QCoreApplication::translate("frontier::Migrations",
                                       "%1: the database's schema is version %2, newer than this "
                                       "program's %3: use a newer Frontier Atlas")
        .arg(db.spec())
        .arg(version)
        .arg(latest());
}

} // namespace

int latest()
{
    const auto all = migrations();
    return all.empty() ? 0 : all.rbegin()->first;
}

int apply(DbConnection& db)
{
    return Pqxx::guarded(db.spec(), [&] {
        pqxx::work tx(db.handle().connection);
        // One `db init` at a time: a second waits, then finds the schema made.
        tx.exec_params("SELECT pg_advisory_xact_lock(hashtext('frontier_atlas_schema'))");
        tx.exec_params("CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, "
                       "applied_at timestamptz NOT NULL DEFAULT now())");
        int version = versionOf(tx);
        if (version > latest())
            throw DbError(DbError::Kind::Schema, newerMessage(db, version));
        for (const auto& [number, sql] : migrations()) {
            if (number <= version)
                continue;
            tx.exec(sql.toStdString()); // our own SQL, several statements: no parameters
            tx.exec_params("INSERT INTO schema_version (version) VALUES ($1)", number);
            version = number;
        }
        tx.commit();
        return version;
    });
}

void check(DbConnection& db)
{
    const int version = Pqxx::guarded(db.spec(), [&] {
        pqxx::read_transaction tx(db.handle().connection);
        return versionOf(tx);
    });
    if (version > latest())
        throw DbError(DbError::Kind::Schema, newerMessage(db, version));
    if (version < latest())
        throw DbError(DbError::Kind::Schema,
                      QCoreApplication::translate("frontier::Migrations",
                                                  "%1: the database's schema is version %2, older "
                                                  "than this program's %3: run `frontier-atlas db "
                                                  "init --db %1`")
                          .arg(db.spec())
                          .arg(version)
                          .arg(latest()));
}

} // namespace frontier::Migrations
