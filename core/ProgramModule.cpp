#include "ProgramModule.h"

#include "io/InstallLayout.h"

#include <QFileInfo>
#include <QLibrary>

namespace frontier::ProgramModule {

void* entry(const QString& fileName, const char* symbol, QString* error)
{
    const QString path = InstallLayout::moduleDir() + QLatin1Char('/') + fileName;
    if (!QFileInfo::exists(path)) {
        *error = QStringLiteral("%1 is missing").arg(path);
        return nullptr;
    }
    QLibrary library(path);
    void* found = library.load() ? reinterpret_cast<void*>(library.resolve(symbol)) : nullptr;
    if (!found)
        *error = QStringLiteral("cannot load %1: %2").arg(path, library.errorString());
    return found;
}

} // namespace frontier::ProgramModule
