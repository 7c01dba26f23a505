#pragma once

#include <QString>

namespace frontier {

/// \brief Names the map CRS and parses what the user types for it.
class Crs {
public:
    /// Lambert Conformal Conic with standard parallels 33.5° and 36.5° N, centred on 40.5° E:
    /// conformal, and its scale error along the whole frontier (33.4°–37.1° N) stays under 0.1 %.
    static QString defaultDefinition();
    static QString defaultName() { return QStringLiteral("Frontier LCC (WGS84)"); }
    /// "EPSG:32638", "epsg:4326" or "4326" → "EPSG:N"; the default's name → its definition;
    /// anything else is returned as given (PROJ decides).
    static QString normalize(const QString& userText);
};

} // namespace frontier
