#pragma once

namespace frontier::CsvColumnNames {

// The columns of a CSV that hold its geometry, in any letter case: GDAL's CSV driver is told
// them (X_POSSIBLE_NAMES, …) and CsvPointReader looks for the same.
inline constexpr char kLongitude[] = "longitude,lon,lng,long,x";
inline constexpr char kLatitude[] = "latitude,lat,y";
inline constexpr char kGeometry[] = "wkt,geometry,geom,the_geom";

} // namespace frontier::CsvColumnNames
