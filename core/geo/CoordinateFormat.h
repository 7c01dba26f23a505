#pragma once

#include "model/GeoPoint.h"

#include <QString>

namespace frontier {

/// \brief Human-readable coordinates: decimal degrees, DMS and MGRS.
class CoordinateFormat {
public:
    static QString decimal(GeoPoint p); ///< "34.40461° N, 40.97239° E"
    static QString dms(GeoPoint p);     ///< "34°24′16.6″ N, 40°58′20.6″ E"
    static QString mgrs(GeoPoint p);    ///< "37SFU 12345 67890" (GeographicLib)
};

} // namespace frontier
