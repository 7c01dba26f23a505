#pragma once

#include <QString>

namespace frontier {

/// \brief Where the program's parts lie from the folder of the running program: the install
/// layout's paths (GNUInstallDirs), which the build tree mirrors, so the build, an install under
/// any prefix and a staged DESTDIR find them alike.
namespace InstallLayout {

/// The running program's folder (bin/), from /proc: it needs no QCoreApplication, which does
/// not exist yet while the data loads beside Qt's start-up.
QString binaryDir();
/// The program's data folder, share/frontier-atlas beside `binDir`.
QString dataDir(const QString& binDir = binaryDir());
/// The folder of the program's own modules (the video encoder), libexec/frontier-atlas.
QString moduleDir(const QString& binDir = binaryDir());

} // namespace InstallLayout
} // namespace frontier
