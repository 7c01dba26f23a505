#pragma once

#include "model/GeoPoint.h"
#include "model/VectorLayer.h"

#include <QString>
#include <QVariantList>

#include <optional>
#include <vector>

namespace frontier {

/// \brief A typed attribute column of an ExportLayer.
struct ExportField {
    enum class Type { Text, Real, Date, Boolean };
    QString name;
    Type type = Type::Text;
};

/// \brief One feature to write: its WGS84 geometry (a point is one part of one vertex, a
/// polygon its rings) and one value per field: QString, double, QDate, bool, or a null QVariant.
struct ExportFeature {
    GeometryType type = GeometryType::Point;
    std::vector<std::vector<GeoPoint>> parts;
    QVariantList values;
};

/// \brief A layer for a GIS file, independent of the library that writes it.
struct ExportLayer {
    QString name;
    /// The geometry type every feature shares; none when they mix (points and polygons).
    std::optional<GeometryType> geometry;
    std::vector<ExportField> fields;
    std::vector<ExportFeature> features;
};

} // namespace frontier
