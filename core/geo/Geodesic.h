#pragma once

#include "model/GeoPoint.h"

#include <span>

namespace frontier {

/// \brief Distances on the WGS84 ellipsoid (GeographicLib's geodesics, accurate to nanometres).
class Geodesic {
public:
    static double distanceMeters(GeoPoint a, GeoPoint b);
    /// Length of a polyline, summing geodesic segments.
    static double lengthMeters(std::span<const GeoPoint> line);
    /// Shortest distance from `p` to a polyline whose segments are geodesics.
    static double distanceToLineMeters(GeoPoint p, std::span<const GeoPoint> line);
};

} // namespace frontier
