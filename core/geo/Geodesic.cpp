#include "Geodesic.h"

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/Gnomonic.hpp>

#include <algorithm>
#include <limits>
#include <vector>

namespace frontier {
namespace {

const GeographicLib::Geodesic& wgs84()
{
    return GeographicLib::Geodesic::WGS84();
}

} // namespace

// In the gnomonic projection centred at p geodesics are (very nearly) straight lines, so the foot
// of the perpendicular there is the closest point; iterating with the centre moved to that point
// converges to the exact intercept (GeographicLib's documented method for the interception
// problem).
GeoPoint Geodesic::closestOnSegment(GeoPoint p, GeoPoint a, GeoPoint b)
{
    const GeographicLib::Gnomonic gnomonic(wgs84());
    double lat0 = (a.lat + b.lat) / 2, lon0 = (a.lon + b.lon) / 2;
    for (int i = 0; i < 8; ++i) {
        double ax, ay, bx, by, px, py;
        gnomonic.Forward(lat0, lon0, a.lat, a.lon, ax, ay);
        gnomonic.Forward(lat0, lon0, b.lat, b.lon, bx, by);
        gnomonic.Forward(lat0, lon0, p.lat, p.lon, px, py);
        const double dx = bx - ax, dy = by - ay;
        const double len2 = dx * dx + dy * dy;
        if (!(len2 > 0))
            break;
        const double t = std::clamp(((px - ax) * dx + (py - ay) * dy) / len2, 0.0, 1.0);
        double lat, lon;
        gnomonic.Reverse(lat0, lon0, ax + t * dx, ay + t * dy, lat, lon);
        if (std::abs(lat - lat0) < 1e-12 && std::abs(lon - lon0) < 1e-12)
            break;
        lat0 = lat;
        lon0 = lon;
    }
    // An end point can be closer than the converged foot when p lies beyond the segment.
    const GeoPoint foot{lon0, lat0};
    const double df = distanceMeters(p, foot), da = distanceMeters(p, a), db = distanceMeters(p, b);
    if (da <= df && da <= db)
        return a;
    return db <= df ? b : foot;
}

GeoPoint Geodesic::along(GeoPoint a, GeoPoint b, double meters)
{
    double s12 = 0, azi1 = 0, azi2 = 0;
    wgs84().Inverse(a.lat, a.lon, b.lat, b.lon, s12, azi1, azi2);
    double lat = 0, lon = 0;
    wgs84().Direct(a.lat, a.lon, azi1, meters, lat, lon);
    return {lon, lat};
}

double Geodesic::distanceMeters(GeoPoint a, GeoPoint b)
{
    double s12 = 0;
    wgs84().Inverse(a.lat, a.lon, b.lat, b.lon, s12);
    return s12;
}

double Geodesic::lengthMeters(std::span<const GeoPoint> line)
{
    double total = 0;
    for (std::size_t i = 1; i < line.size(); ++i)
        total += distanceMeters(line[i - 1], line[i]);
    return total;
}

// Only segments that can hold the closest point are solved exactly. By the triangle inequality
// every point q of a segment a–b of length l is at least (|pa| + |pb| - l) / 2 from p, and the
// nearer end point of any segment bounds the answer from above; a segment whose lower bound
// exceeds that is skipped. One distance per vertex replaces an iterated intercept per segment.
Geodesic::OnLine Geodesic::closestOnLine(GeoPoint p, std::span<const GeoPoint> line)
{
    OnLine best{0, {}, std::numeric_limits<double>::infinity()};
    if (line.empty())
        return best;
    if (line.size() == 1)
        return {0, line.front(), distanceMeters(p, line.front())};
    std::vector<double> toVertex(line.size());
    double upper = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < line.size(); ++i) {
        toVertex[i] = distanceMeters(p, line[i]);
        upper = std::min(upper, toVertex[i]);
    }
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        const double lower =
            (toVertex[i] + toVertex[i + 1] - distanceMeters(line[i], line[i + 1])) / 2;
        if (lower > upper * (1 + 1e-12) + 1e-6 || lower >= best.meters)
            continue;
        const GeoPoint foot = closestOnSegment(p, line[i], line[i + 1]);
        const double d = distanceMeters(p, foot);
        if (d < best.meters)
            best = {i, foot, d};
    }
    return best;
}

double Geodesic::distanceToLineMeters(GeoPoint p, std::span<const GeoPoint> line)
{
    return closestOnLine(p, line).meters;
}

} // namespace frontier
