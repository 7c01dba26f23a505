#pragma once

#include "model/GeoPoint.h"

#include <cstddef>
#include <span>

namespace frontier {

/// \brief Distances on the WGS84 ellipsoid (GeographicLib's geodesics, accurate to nanometres).
class Geodesic {
public:
    static double distanceMeters(GeoPoint a, GeoPoint b);
    /// Length of a polyline, summing geodesic segments.
    static double lengthMeters(std::span<const GeoPoint> line);
    /// The point of a polyline of geodesic segments closest to `p`.
    struct OnLine {
        std::size_t segment = 0; ///< the segment line[segment]–line[segment + 1] holding it
        GeoPoint point;
        double meters = 0; ///< its distance from `p` (infinite for an empty line)
    };
    static OnLine closestOnLine(GeoPoint p, std::span<const GeoPoint> line);
    /// Shortest distance from `p` to a polyline whose segments are geodesics.
    static double distanceToLineMeters(GeoPoint p, std::span<const GeoPoint> line);
    /// The point of the geodesic segment a–b closest to `p`.
    static GeoPoint closestOnSegment(GeoPoint p, GeoPoint a, GeoPoint b);
    /// The point `meters` from `a` on the geodesic towards `b`.
    static GeoPoint along(GeoPoint a, GeoPoint b, double meters);
};

} // namespace frontier
