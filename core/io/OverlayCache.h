#pragma once

#include "LoadProblem.h"
#include "OverlayReader.h"
#include "overlay/Overlay.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace frontier {

/// \brief An analyst's vector layers that GDAL has read without a problem, kept in the
/// CacheEntries by their files' bytes, so that opening the same layer again (the next export of
/// a series of figures, the window restoring its session) reads it back without loading GDAL's
/// libraries, which is most of such a start.
///
/// Only local files are kept: not a database's table (it changes behind the file's back), not a
/// raster, not a layer that had problems (they are reported on every read), and not a file over
/// kMaxFileBytes (hashing it would cost more than it saves). A raster file (.tif, .vrt, …) is
/// not even hashed.
class OverlayCache {
public:
    /// The layer `spec` names, read as OverlayReader::read (through GdalIo) or from the cache;
    /// `key`, if given, is set to its key (empty when it is not kept).
    static std::shared_ptr<const Overlay> read(const QString& spec, LoadProblems& problems,
                                               const OverlayReader::Options& options,
                                               QByteArray* key = nullptr);

    /// The entry's key: the bytes of the file and of the files beside it that share its name
    /// (a shapefile's .dbf, .shx, .prj and .cpg, a CSV's .csvt, a GeoPackage's -wal), with
    /// where it is and what is read of it. Empty when it is not kept.
    static QByteArray key(const QString& spec, const OverlayReader::Options& options);
    /// The overlay kept under `key`, if there is a whole one; its path is `path`.
    static std::shared_ptr<Overlay> find(const QByteArray& key, const QString& path);
    /// Keeps `overlay` under `key`, written in the background (CacheEntries::writeLater); a
    /// failure only means it is read again.
    static void store(const QByteArray& key, const Overlay& overlay);

    static constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;
    /// The entries' layout, raised whenever it changes.
    static constexpr quint32 kFormat = 0x4f560001; // "OV", 1
};

} // namespace frontier
