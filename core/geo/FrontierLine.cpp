#include "FrontierLine.h"

#include "Geodesic.h"

#include <algorithm>
#include <limits>

namespace frontier {
namespace {

constexpr std::size_t kRunSegments = 16;

} // namespace

FrontierLine::FrontierLine(std::vector<GeoPoint> vertices) : m_vertices(std::move(vertices))
{
    m_km.reserve(m_vertices.size());
    std::vector<double> segmentMeters;
    for (std::size_t i = 0; i < m_vertices.size(); ++i) {
        if (i > 0)
            segmentMeters.push_back(Geodesic::distanceMeters(m_vertices[i - 1], m_vertices[i]));
        m_km.push_back(i == 0 ? 0.0 : m_km.back() + segmentMeters.back() / 1000.0);
    }
    // A point q of the segment a–b is at most |ca| + |ab| from c (the triangle inequality).
    for (std::size_t first = 0; first < segmentMeters.size(); first += kRunSegments) {
        Run run{first, std::min(first + kRunSegments, segmentMeters.size()), 0};
        for (std::size_t i = first; i < run.last; ++i)
            run.radiusMeters = std::max(run.radiusMeters,
                                        Geodesic::distanceMeters(m_vertices[first], m_vertices[i]) +
                                            segmentMeters[i]);
        m_runs.push_back(run);
    }
}

// Geodesic::closestOnLine on the runs that can hold the closest point: a run whose first vertex
// is d from `p` is at least d - radius from it, and that vertex bounds the answer from above.
double FrontierLine::kmAt(GeoPoint p) const
{
    if (isEmpty())
        return 0;
    std::vector<double> toRun(m_runs.size());
    double upper = std::numeric_limits<double>::infinity();
    for (std::size_t r = 0; r < m_runs.size(); ++r) {
        toRun[r] = Geodesic::distanceMeters(p, m_vertices[m_runs[r].first]);
        upper = std::min(upper, toRun[r]);
    }
    Geodesic::OnLine closest{0, {}, std::numeric_limits<double>::infinity()};
    for (std::size_t r = 0; r < m_runs.size(); ++r) {
        const Run& run = m_runs[r];
        const double lower = toRun[r] - run.radiusMeters;
        if (lower > upper * (1 + 1e-12) + 1e-6 || lower >= closest.meters)
            continue;
        const std::span<const GeoPoint> vertices(m_vertices.data() + run.first,
                                                 run.last - run.first + 1);
        Geodesic::OnLine inRun = Geodesic::closestOnLine(p, vertices);
        if (inRun.meters < closest.meters)
            closest = {run.first + inRun.segment, inRun.point, inRun.meters};
    }
    return m_km[closest.segment] +
           Geodesic::distanceMeters(m_vertices[closest.segment], closest.point) / 1000.0;
}

std::size_t FrontierLine::segmentAt(double km) const
{
    const auto it = std::upper_bound(m_km.begin(), m_km.end(), km);
    const auto i = static_cast<std::size_t>(std::distance(m_km.begin(), it));
    return std::clamp<std::size_t>(i == 0 ? 0 : i - 1, 0, m_vertices.size() - 2);
}

GeoPoint FrontierLine::pointAt(double km) const
{
    if (isEmpty())
        return m_vertices.empty() ? GeoPoint{} : m_vertices.front();
    km = std::clamp(km, 0.0, lengthKm());
    const std::size_t i = segmentAt(km);
    return Geodesic::along(m_vertices[i], m_vertices[i + 1], (km - m_km[i]) * 1000.0);
}

std::vector<GeoPoint> FrontierLine::slice(double fromKm, double toKm) const
{
    std::vector<GeoPoint> out;
    if (isEmpty())
        return out;
    fromKm = std::clamp(fromKm, 0.0, lengthKm());
    toKm = std::clamp(toKm, fromKm, lengthKm());
    out.push_back(pointAt(fromKm));
    for (std::size_t i = segmentAt(fromKm) + 1; i < m_vertices.size() && m_km[i] < toKm; ++i)
        if (m_km[i] > fromKm)
            out.push_back(m_vertices[i]);
    out.push_back(pointAt(toKm));
    return out;
}

} // namespace frontier
