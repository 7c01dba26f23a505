#pragma once

#include "GdalSupport.h"
#include "LoadProblem.h"

#include <QString>

#include <gdal_priv.h>

namespace frontier {

/// \brief What an analyst's layer is read from, opened with GDAL: a local vector file (never a
/// virtual file system or a URL, see LocalFile), or a table of a PostgreSQL/PostGIS database (see
/// PgConnection), the one source that is deliberately not a local file.
class OverlaySource {
public:
    /// Opens `path`'s layer `layerName`: when empty, a file's first layer or a database's only
    /// table. On failure layer() is null and a problem names the file or the connection.
    OverlaySource(const QString& path, const QString& layerName, LoadProblems& problems,
                  const gdal::ErrorCapture& errors);

    OGRLayer* layer() const { return m_layer; }
    int layerCount() const { return m_dataset ? m_dataset->GetLayerCount() : 0; }
    bool isDatabase() const { return m_database; }
    /// What problems name: the file's name, or the connection as given.
    const QString& name() const { return m_name; }
    static QString nameOf(const QString& path);

private:
    void open(const QString& path, const QString& layerName, LoadProblems& problems,
              const gdal::ErrorCapture& errors);

    GDALDatasetUniquePtr m_dataset;
    OGRLayer* m_layer = nullptr;
    bool m_database = false;
    QString m_name;
};

} // namespace frontier
