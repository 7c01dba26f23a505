#pragma once

#include "model/GeoPoint.h"

#include <QString>

#include <optional>

namespace frontier {

/// Reads a typed coordinate in the forms CoordinateFormat writes, and as people type them.
namespace CoordinateParser {

/// \brief A parsed point, or why the text is not one.
struct Result {
    std::optional<GeoPoint> point;
    QString error; ///< empty when `point` is set
};

/// Parses, latitude first unless hemispheres say otherwise:
/// - decimal degrees: "34.40461, 40.97239", "34.40461N 40.97239E", "34.40461° N, 40.97239° E",
/// "-12.5 -40.25";
/// - degrees, minutes, seconds: "34°24'16.6\"N 40°58'20.6\"E", "34°24′16.6″ N, 40°58′20.6″ E",
/// "34°24.5'N 40°58'E";
/// - MGRS: "37SFU 81290 08783", "37SFU8129008783" (the centre of the square it names).
/// Never throws.
Result parse(const QString& text);

} // namespace CoordinateParser
} // namespace frontier
