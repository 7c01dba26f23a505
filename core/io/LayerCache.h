#pragma once

#include "model/VectorLayer.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace frontier {

/// \brief The vector layers GDAL has read and found sound, kept by their file's content in the
/// CacheEntries, so that a start whose basemap and crossings are unchanged reads them back
/// without loading GDAL.
///
/// Loading libfrontier-gdal links GDAL's ~140 libraries: 150–230 ms, the larger part of the
/// window's start. Marble keeps its parsed KML the same way. Only a read without problems is
/// kept, so a bad file is read, and reported, by GDAL every time.
class LayerCache {
public:
    /// The entry's key: the file's bytes with what it was read as. Empty if it cannot be read.
    static QByteArray key(const QString& path, const QString& layerName, GeometryType expected);

    /// The layer kept under `key`, if there is a whole one.
    static std::optional<VectorLayer> find(const QByteArray& key);
    /// Keeps `layer` under `key`; a failure only means it is read again.
    static void store(const QByteArray& key, const VectorLayer& layer);
};

} // namespace frontier
