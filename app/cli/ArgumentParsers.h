#pragma once

#include "model/Date.h"

#include <QSize>
#include <QString>

namespace frontier {

/// \brief Parses option values; each throws a usage CliError naming the option and the value.
class ArgumentParsers {
public:
    /// Largest image, in pixels: 16384 × 16384 (1 GiB of ARGB32), enough for any print.
    static constexpr qint64 kMaxPixels = 16384LL * 16384LL;
    static constexpr int kMaxSide = 16384;

    static Date date(const QString& option, const QString& value);
    static QSize size(const QString& option, const QString& value);
    static int dpi(const QString& option, const QString& value);
    /// "LON1,LAT1,LON2,LAT2" in WGS84 degrees, west < east and south < north.
    struct GeoBox { double west, south, east, north; };
    static GeoBox extent(const QString& option, const QString& value);
    /// A CRS PROJ accepts; returns its normalized definition.
    static QString crs(const QString& option, const QString& value);
};

} // namespace frontier
