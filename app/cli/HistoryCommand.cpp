#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "DataLocator.h"
#include "db/DatasetSource.h"
#include "db/DatasetStore.h"
#include "db/DbError.h"

#include <QTextStream>

namespace frontier {

int runHistory(const QStringList& args)
{
    CommandLine cli(QStringLiteral("history"),
                    QStringLiteral("Prints every change to an event of a shared dataset, the "
                                   "oldest first: when, by whom, the revision it made and each "
                                   "field's old and new value."));
    cli.parser().addPositionalArgument(QStringLiteral("EVENT_ID"), QStringLiteral("The event."));
    if (!cli.parse(args, 1))
        return kExitOk;
    const QStringList positional = cli.parser().positionalArguments();
    if (positional.isEmpty())
        throw usageError(QStringLiteral("history: the event's id is missing"));
    const QString location = DataLocator::resolve(cli.dataPath());
    if (!DatasetSource::isDatabase(location))
        throw usageError(QStringLiteral("history: --data must name a database (PG:service=NAME or "
                                        "postgresql://…); a folder keeps no history"));
    std::vector<AuditEntry> entries;
    try {
        entries = DatasetStore(location).history(RecordKind::Event, positional.front());
    } catch (const DbError& e) {
        throw CliError(e.message(), kExitFailure);
    }
    if (entries.empty())
        throw CliError(QStringLiteral("history: no event \"%1\" has changed in %2")
                           .arg(positional.front().left(80), location),
                       kExitFailure);
    QTextStream out(stdout);
    for (const AuditEntry& e : entries) {
        out << e.changedAt.toString(Qt::ISODateWithMs) << "  " << e.changedBy;
        if (e.revision > 0)
            out << "  revision " << e.revision;
        out << "\n";
        for (const QString& change : e.changes())
            out << "  " << change << "\n";
    }
    return kExitOk;
}

} // namespace frontier
