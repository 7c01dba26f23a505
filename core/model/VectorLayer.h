#pragma once

#include "GeoPoint.h"

#include <QHash>
#include <QString>

#include <vector>

namespace frontier {

enum class GeometryType { Point, Line, Polygon };

/// \brief One basemap feature in WGS84: points, line parts or polygon rings, and its attributes.
struct Feature {
    QString id;
    GeometryType type = GeometryType::Point;
    std::vector<std::vector<GeoPoint>> parts; ///< a point is one part of one vertex
    QHash<QString, QString> attributes;

    QString attribute(const QString& key) const { return attributes.value(key); }
    std::size_t vertexCount() const
    {
        std::size_t n = 0;
        for (const auto& p : parts)
            n += p.size();
        return n;
    }
    friend bool operator==(const Feature&, const Feature&) = default;
};

/// \brief A basemap layer as read from one file.
struct VectorLayer {
    QString name;
    QString file;
    std::vector<Feature> features;
    friend bool operator==(const VectorLayer&, const VectorLayer&) = default;
};

} // namespace frontier
