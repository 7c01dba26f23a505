#include "InstallLayout.h"

#include <QDir>
#include <QFileInfo>

namespace frontier::InstallLayout {

QString binaryDir()
{
    return QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).path();
}

QString dataDir(const QString& binDir)
{
    return QDir::cleanPath(QDir(binDir).filePath(QStringLiteral(FRONTIER_DATA_FROM_BINDIR)));
}

QString moduleDir(const QString& binDir)
{
    return QDir::cleanPath(QDir(binDir).filePath(QStringLiteral(FRONTIER_MODULES_FROM_BINDIR)));
}

} // namespace frontier::InstallLayout
