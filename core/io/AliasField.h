#pragma once

#include "LoadProblem.h"
#include "model/VectorLayer.h"

#include <QStringList>

namespace frontier {

/// \brief Reads a layer feature's optional `aliases` field: other spellings of its name, an
/// array of strings (GDAL hands a GeoJSON array over as JSON text or as a string list).
class AliasField {
public:
    /// The aliases of `feature`; a problem naming `file`, the feature and "aliases" for
    /// anything but an array of non-empty strings.
    static QStringList read(const Feature& feature, const QString& file, LoadProblems& problems);
};

} // namespace frontier
