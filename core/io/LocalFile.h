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
    /// Larger files are refused before anything is read. The largest dataset tested, 1,000,000
    /// events as GeoJSONSeq, is about 330 MB.
    static constexpr qint64 kMaxBytes = 512LL * 1024 * 1024;

    /// True for the paths GDAL would not take as a local file: /vsi… file systems and URLs.
    static bool isVirtual(const QString& path);
    /// Empty if `path` is a local regular file that can be read; otherwise why not.
    static QString localRefusal(const QString& path);
    /// Empty if `path` may be read; otherwise the reason it may not: not a local regular file,
    /// unreadable, empty, over kMaxBytes, or starting with a UTF-8 byte-order mark.
    static QString refusal(const QString& path);
    /// The file's bytes, or nothing with a problem recorded.
    static std::optional<QByteArray> read(const QString& path, LoadProblems& problems);
};

} // namespace frontier
