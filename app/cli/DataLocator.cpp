#include "DataLocator.h"

#include "CliError.h"
#include "db/DatasetSource.h"

#include <QDir>
#include <QFileInfo>

namespace frontier {

QString DataLocator::bundledPath()
{
    // The program's folder from /proc rather than QCoreApplication, which does not exist yet
    // while the data loads beside Qt's start-up (BackgroundLoad). The path from there to the data
    // is the install layout's (GNUInstallDirs), the same in the build tree.
    const QString program = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    return QDir(QFileInfo(program).path())
        .filePath(QStringLiteral(FRONTIER_DATA_FROM_BINDIR "/maps"));
}

QString DataLocator::resolve(const QString& explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString env = qEnvironmentVariable("FRONTIER_ATLAS_DATA");
    return env.isEmpty() ? QDir::cleanPath(bundledPath()) : env;
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
