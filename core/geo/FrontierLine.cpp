#include "FrontierLine.h"

#include "Geodesic.h"

#include <algorithm>

namespace frontier {

FrontierLine::FrontierLine(std::vector<GeoPoint> vertices) : m_vertices(std::move(vertices))
{
    m_km.reserve(m_vertices.size());
    for (std::size_t i = 0; i < m_vertices.size(); ++i)
        m_km.push_back(i == 0 ? 0.0
                              : m_km.back() +
                                    Geodesic::distanceMeters(m_vertices[i - 1], m_vertices[i]) /
                                        1000.0);
}

double FrontierLine::kmAt(GeoPoint p) const
{
    if (isEmpty())
        return 0;
    const Geodesic::OnLine closest = Geodesic::closestOnLine(p, m_vertices);
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
