#pragma once

#include <QString>

namespace frontier {

/// \brief The program's own libraries that are loaded when first needed, not at start: the
/// libraries they link (GDAL's hundred, FFmpeg's) are built with BIND_NOW, so linked into the
/// program they would cost every start their loading and linking before main().
///
/// A module sits in the install layout's libexec folder (InstallLayout::moduleDir), the same in
/// the build tree (tests run from there too).
namespace ProgramModule {

/// The entry point `symbol` of the module `fileName` (e.g. "libfrontier-gdal.so"), loaded on
/// the first call; null with why in `error` when the module is missing or does not load.
void* entry(const QString& fileName, const char* symbol, QString* error);

} // namespace ProgramModule
} // namespace frontier
