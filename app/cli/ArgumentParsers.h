#pragma once

#include "geo/MapGeometry.h"
#include "model/Date.h"

#include <array>
#include <optional>

#include <QSize>
#include <QString>

namespace frontier {

class CommandLine;

/// \brief Parses option values; each throws a usage CliError naming the option and the value.
class ArgumentParsers {
public:
    static Date date(const QString& option, const QString& value);
    /// The date an optional option gives, or nothing when it is not set.
    static std::optional<Date> optionalDate(const CommandLine& cli, const QString& option);
    static QSize size(const QString& option, const QString& value);
    static int dpi(const QString& option, const QString& value);
    /// Frames a second, 1 to FrameExporter::kMaxFps.
    static int fps(const QString& option, const QString& value);
    /// "LON1,LAT1,LON2,LAT2" in WGS84 degrees, west < east and south < north.
    struct GeoBox {
        double west, south, east, north;
    };
    static GeoBox extent(const QString& option, const QString& value);
    /// "XMIN,YMIN,XMAX,YMAX" in the map CRS's units, XMIN < XMAX and YMIN < YMAX.
    static MapRect mapExtent(const QString& option, const QString& value);
    /// A CRS PROJ accepts; returns its normalized definition.
    static QString crs(const QString& option, const QString& value);
};

} // namespace frontier
