#pragma once

#include "model/GeoPoint.h"

#include <span>
#include <vector>

namespace frontier {

/// \brief The frontier as one polyline measured in geodesic kilometres from its first vertex
/// (the Jordan–Iraq–Syria tripoint in the bundled data): where a point lies along it, the point
/// at a kilometre, the piece between two kilometres.
class FrontierLine {
public:
    FrontierLine() = default;
    explicit FrontierLine(std::vector<GeoPoint> vertices);

    bool isEmpty() const { return m_vertices.size() < 2; }
    double lengthKm() const { return m_km.empty() ? 0 : m_km.back(); }
    const std::vector<GeoPoint>& vertices() const { return m_vertices; }

    /// The kilometre of the line's point closest to `p`.
    double kmAt(GeoPoint p) const;
    /// The point at `km` (clamped to the line).
    GeoPoint pointAt(double km) const;
    /// The line from `fromKm` to `toKm` (clamped), with its end points interpolated.
    std::vector<GeoPoint> slice(double fromKm, double toKm) const;

private:
    /// The segment holding `km`: the index of its first vertex.
    std::size_t segmentAt(double km) const;

    /// A run of consecutive segments, from vertex `first` to `last`: every point of them is
    /// within `radiusMeters` of the vertex `first`.
    struct Run {
        std::size_t first, last;
        double radiusMeters;
    };

    std::vector<GeoPoint> m_vertices;
    std::vector<double> m_km; ///< cumulative kilometres at each vertex
    std::vector<Run> m_runs;  ///< the line cut into runs, so that kmAt skips the far ones
};

} // namespace frontier
