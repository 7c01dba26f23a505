#include "DataLocator.h"

#include "CliError.h"
#include "db/DatasetSource.h"
#include "io/InstallLayout.h"

#include <QDir>
#include <QFileInfo>

namespace frontier {

QString DataLocator::bundledPath()
{
    return InstallLayout::dataDir() + QStringLiteral("/maps");
}

QString DataLocator::resolve(const QString& explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString env = qEnvironmentVariable("FRONTIER_ATLAS_DATA");
    return env.isEmpty() ? bundledPath() : env;
}

std::shared_ptr<const Dataset> DataLocator::load(const QString& explicitPath)
{
    const QString path = resolve(explicitPath);
    auto result = DatasetSource::read(path);
    if (result.ok())
        return result.dataset;
    QStringList lines{QStringLiteral("%1: the dataset has %2 problem(s):")
                          .arg(DatasetSource::displayName(path))
                          .arg(result.problems.size())};
    for (const LoadProblem& p : result.problems)
        lines << QStringLiteral("  ") + p.toString();
    throw CliError(lines.join(QLatin1Char('\n')), kExitFailure);
}

} // namespace frontier
