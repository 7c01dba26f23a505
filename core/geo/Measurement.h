#pragma once

#include "model/GeoPoint.h"

#include <optional>
#include <span>
#include <vector>

namespace frontier {

/// \brief A path measured on the WGS84 ellipsoid with GeographicLib: each segment's geodesic
/// length and azimuth, the whole length and, for a closed shape, its area.
struct Measurement {
    struct Segment {
        double meters = 0;
        double azimuth = 0; ///< degrees clockwise from north at the segment's start, [0, 360)
    };
    std::vector<Segment> segments;
    double meters = 0;
    std::optional<double> squareMeters; ///< a closed shape's area (3 points or more)

    /// `closed`: the last point joins the first, and the area is measured.
    static Measurement of(std::span<const GeoPoint> points, bool closed);
    static double nauticalMiles(double meters) { return meters / 1852.0; }
};

} // namespace frontier
