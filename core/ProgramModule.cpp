#include "ProgramModule.h"

#include "io/InstallLayout.h"

#include <QFileInfo>
#include <QLibrary>

namespace frontier::ProgramModule {
namespace {

// A module's libraries look up their symbols among themselves first (RTLD_DEEPBIND), not first
// among the hundred the program has loaded already: GDAL's ~40,000 relocations were linked in
// 110–200 ms, and are in 65–85 ms. Not where something replaces malloc for the whole process
// (a sanitizer's runtime, which refuses such a library, or an allocator in LD_PRELOAD): the
// module's libraries would bypass it.
bool deepBind()
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    return false;
#else
    return qEnvironmentVariableIsEmpty("LD_PRELOAD");
#endif
}

} // namespace

void* entry(const QString& fileName, const char* symbol, QString* error)
{
    const QString path = InstallLayout::moduleDir() + QLatin1Char('/') + fileName;
    if (!QFileInfo::exists(path)) {
        *error = QStringLiteral("%1 is missing").arg(path);
        return nullptr;
    }
    QLibrary library(path);
    if (deepBind())
        library.setLoadHints(QLibrary::DeepBindHint);
    void* found = library.load() ? reinterpret_cast<void*>(library.resolve(symbol)) : nullptr;
    if (!found)
        *error = QStringLiteral("cannot load %1: %2").arg(path, library.errorString());
    return found;
}

} // namespace frontier::ProgramModule
