#pragma once

namespace frontier {

/// \brief A WGS84 position in decimal degrees.
struct GeoPoint {
    double lon = 0;
    double lat = 0;
    friend bool operator==(const GeoPoint&, const GeoPoint&) = default;
};

} // namespace frontier
