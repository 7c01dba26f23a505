#include "Measurement.h"

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/PolygonArea.hpp>

#include <cmath>

namespace frontier {

Measurement Measurement::of(std::span<const GeoPoint> points, bool closed)
{
    const GeographicLib::Geodesic& wgs84 = GeographicLib::Geodesic::WGS84();
    Measurement m;
    const std::size_t n = points.size();
    const std::size_t segments = n < 2 ? 0 : (closed && n >= 3 ? n : n - 1);
    for (std::size_t i = 0; i < segments; ++i) {
        const GeoPoint a = points[i], b = points[(i + 1) % n];
        double s12 = 0, azi1 = 0, azi2 = 0;
        wgs84.Inverse(a.lat, a.lon, b.lat, b.lon, s12, azi1, azi2);
        m.segments.push_back({s12, azi1 < 0 ? azi1 + 360 : azi1});
        m.meters += s12;
    }
    if (closed && n >= 3) {
        GeographicLib::PolygonArea polygon(wgs84);
        for (const GeoPoint& p : points)
            polygon.AddPoint(p.lat, p.lon);
        double perimeter = 0, area = 0;
        // Signed by the direction of travel; remainder: the smaller of the two areas it bounds.
        polygon.Compute(false, true, perimeter, area);
        m.squareMeters = std::abs(area);
    }
    return m;
}

} // namespace frontier
