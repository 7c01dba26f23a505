#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "DataLocator.h"
#include "db/DatasetSource.h"

#include <QTextStream>

namespace frontier {

int runValidate(const QStringList& args)
{
    CommandLine cli(QStringLiteral("validate"),
                    QStringLiteral("Checks every file of a dataset folder; lists every problem and "
                                   "exits 1, or exits 0 when clean."));
    cli.parser().addPositionalArgument(
        QStringLiteral("PATH"),
        QStringLiteral("Dataset folder or database (default: the bundled one)."));
    if (!cli.parse(args, 1))
        return kExitOk;
    const QStringList positional = cli.parser().positionalArguments();
    const QString location =
        DataLocator::resolve(positional.isEmpty() ? cli.dataPath() : positional.front());
    const QString path = DatasetSource::displayName(location);
    const auto result = DatasetSource::read(location);
    QTextStream out(stdout);
    if (result.ok()) {
        const Dataset& d = *result.dataset;
        out << path << ": OK (" << d.crossings().size() << " crossings, " << d.sectors().size()
            << " sectors, " << d.areas().size() << " areas, " << d.actors().size() << " actors, "
            << d.sources().size() << " sources, " << d.events().size() << " events)\n";
        return kExitOk;
    }
    QTextStream err(stderr);
    err << path << ": " << result.problems.size() << " problem(s)\n";
    for (const LoadProblem& p : result.problems)
        err << "  " << p.toString() << "\n";
    return kExitFailure;
}

} // namespace frontier
