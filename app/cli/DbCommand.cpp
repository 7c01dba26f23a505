#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "db/DatasetStore.h"
#include "db/DbError.h"
#include "db/FolderTransfer.h"
#include "db/Migrations.h"

#include <QTextStream>

namespace frontier {
namespace {

int init(const QString& spec)
{
    DbConnection db(spec);
    const int version = Migrations::apply(db);
    QTextStream(stdout) << db.spec() << ": schema version " << version << "\n";
    return kExitOk;
}

int push(const QString& spec, const QString& folder)
{
    DatasetStore store(spec);
    const LoadProblems problems = FolderTransfer::push(folder, store);
    if (problems.empty()) {
        QTextStream(stdout) << folder << ": pushed to " << store.spec() << "\n";
        return kExitOk;
    }
    QStringList lines{QStringLiteral("%1: not pushed, the dataset has %2 problem(s):")
                          .arg(folder)
                          .arg(problems.size())};
    for (const LoadProblem& p : problems)
        lines << QStringLiteral("  ") + p.toString();
    throw CliError(lines.join(u'\n'), kExitFailure);
}

int pull(const QString& spec, const QString& folder)
{
    DatasetStore store(spec);
    if (const QString error = FolderTransfer::pull(store, folder); !error.isEmpty())
        throw CliError(error, kExitFailure);
    QTextStream(stdout) << folder << ": pulled from " << store.spec() << "\n";
    return kExitOk;
}

} // namespace

int runDb(const QStringList& args)
{
    CommandLine cli(
        QStringLiteral("db"),
        QStringLiteral("The shared dataset on a PostgreSQL/PostGIS server.\n"
                       "  init       create or update the database's schema\n"
                       "  push DIR   make the database hold the dataset folder DIR\n"
                       "  pull DIR   write the database's dataset into the folder DIR"));
    cli.parser().addPositionalArgument(QStringLiteral("ACTION"),
                                       QStringLiteral("init, push or pull."));
    cli.parser().addPositionalArgument(QStringLiteral("DIR"),
                                       QStringLiteral("The dataset folder (push and pull)."));
    cli.parser().addOption({QStringLiteral("db"),
                            QStringLiteral("The database: PG:service=NAME, PG:dbname=… host=…, or "
                                           "postgresql://USER@HOST/DB (no password: libpq's "
                                           "service and password files give it)."),
                            QStringLiteral("URL")});
    if (!cli.parse(args, 2))
        return kExitOk;
    const QString spec = cli.required(QStringLiteral("db"));
    const QStringList positional = cli.parser().positionalArguments();
    const QString action = positional.value(0);
    const bool needsFolder = action == QLatin1String("push") || action == QLatin1String("pull");
    if (action != QLatin1String("init") && !needsFolder)
        throw usageError(QStringLiteral("db: expected init, push DIR or pull DIR"));
    if (needsFolder != (positional.size() == 2))
        throw usageError(needsFolder ? QStringLiteral("db %1: the folder is missing").arg(action)
                                     : QStringLiteral("db init: takes no folder"));
    try {
        if (action == QLatin1String("init"))
            return init(spec);
        return action == QLatin1String("push") ? push(spec, positional[1])
                                               : pull(spec, positional[1]);
    } catch (const DbError& e) {
        throw CliError(e.message(), kExitFailure);
    }
}

} // namespace frontier
