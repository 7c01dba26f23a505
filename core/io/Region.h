#pragma once

#include "model/GeoPoint.h"

#include <QString>

#include <cmath>

namespace frontier {

/// \brief The area the bundled data covers (lon 34–50 E, lat 28–39 N); data outside it is refused.
struct Region {
    static constexpr double kWest = 34.0, kEast = 50.0, kSouth = 28.0, kNorth = 39.0;
    static constexpr double kTolerance = 1e-6;

    static bool contains(const GeoPoint& p)
    {
        return std::isfinite(p.lon) && std::isfinite(p.lat) && p.lon >= kWest - kTolerance &&
               p.lon <= kEast + kTolerance && p.lat >= kSouth - kTolerance &&
               p.lat <= kNorth + kTolerance;
    }
    static QString description() { return QStringLiteral("lon 34–50 E, lat 28–39 N"); }
};

} // namespace frontier
