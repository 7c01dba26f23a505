#pragma once

#include "LoadProblem.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace frontier {

/// \brief The loader's gate to the file system: only local regular files, never GDAL virtual
/// file systems (/vsicurl/ …), URLs, devices, pipes or folders.
class LocalFile {
public:
    /// Empty if `path` may be read; otherwise the reason it may not.
    static QString refusal(const QString& path);
    /// The file's bytes, or nothing with a problem recorded.
    static std::optional<QByteArray> read(const QString& path, LoadProblems& problems);
};

} // namespace frontier
