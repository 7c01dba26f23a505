#pragma once

#include <QString>

#include <vector>

namespace frontier {

/// \brief The coordinate reference systems a map can be drawn in, by name: every projected and
/// 2D geographic CRS of Earth in PROJ's EPSG registry that is not deprecated.
class CrsCatalog {
public:
    enum class Kind { Geographic2D, Projected };
    struct Entry {
        QString authority; ///< "EPSG"
        QString code;      ///< "32638"
        QString name;      ///< "WGS 84 / UTM zone 38N"
        Kind kind = Kind::Projected;
        QString id() const { return authority + QLatin1Char(':') + code; } ///< "EPSG:32638"
    };
    /// Read from PROJ's database on the first call (from any thread) and kept; sorted by
    /// authority and numeric code. Empty if PROJ has no database.
    static const std::vector<Entry>& entries();
    /// The entry for an id such as "EPSG:4326" (any case), or null.
    static const Entry* find(const QString& id);
};

} // namespace frontier
