#pragma once

#include "io/DatasetReader.h"

#include <QString>

namespace frontier {

/// \brief Finds and loads the dataset a command works on: --data (a folder or a database),
/// else $FRONTIER_ATLAS_DATA, else the bundled maps beside the program
/// (share/frontier-atlas/maps, as installed).
class DataLocator {
public:
    static QString bundledPath();
    static QString resolve(const QString& explicitPath);
    /// Loads the dataset or throws a CliError (exit 1) listing every problem.
    static std::shared_ptr<const Dataset> load(const QString& explicitPath);
};

} // namespace frontier
