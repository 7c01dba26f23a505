#pragma once

#include <QString>

namespace frontier {

/// \brief What `--layer`, File → Add layer… and a saved session name a layer by: `PATH`,
/// `PATH:LAYERNAME` or a PostgreSQL connection (see PgConnection).
struct LayerSpec {
    QString path;      ///< the file, or the connection, as given
    QString layerName; ///< empty: the file's first layer (or its only table)

    /// Splits `spec`: the whole text when it names a file, a virtual path or a connection.
    static LayerSpec parse(const QString& spec);
};

} // namespace frontier
