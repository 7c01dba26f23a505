#pragma once

#include <algorithm>
#include <cmath>
#include <limits>

namespace frontier {

/// \brief A position in the map CRS (metres, or degrees for a geographic CRS).
struct MapPoint {
    double x = 0;
    double y = 0;
    friend bool operator==(const MapPoint&, const MapPoint&) = default;
};

/// \brief An axis-aligned rectangle in the map CRS; y grows northwards.
struct MapRect {
    double xmin = 0, ymin = 0, xmax = 0, ymax = 0;

    static MapRect empty()
    {
        constexpr double inf = std::numeric_limits<double>::infinity();
        return {inf, inf, -inf, -inf};
    }
    double width() const { return xmax - xmin; }
    double height() const { return ymax - ymin; }
    MapPoint center() const { return {(xmin + xmax) / 2, (ymin + ymax) / 2}; }
    bool isValid() const
    {
        return std::isfinite(xmin) && std::isfinite(ymin) && std::isfinite(xmax) &&
               std::isfinite(ymax) && xmax > xmin && ymax > ymin;
    }
    void include(const MapPoint& p)
    {
        xmin = std::min(xmin, p.x);
        ymin = std::min(ymin, p.y);
        xmax = std::max(xmax, p.x);
        ymax = std::max(ymax, p.y);
    }
    bool intersects(const MapRect& o) const
    {
        return xmin <= o.xmax && o.xmin <= xmax && ymin <= o.ymax && o.ymin <= ymax;
    }
    MapRect grown(double fraction) const
    {
        const double dx = width() * fraction, dy = height() * fraction;
        return {xmin - dx, ymin - dy, xmax + dx, ymax + dy};
    }
    friend bool operator==(const MapRect&, const MapRect&) = default;
};

} // namespace frontier
