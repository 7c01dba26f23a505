#pragma once

#include <QString>

#include <vector>

namespace frontier {

/// One layer of a file that holds several: a vector layer, or a GeoPackage's raster table.
struct ChoosableLayer {
    QString name;
    bool raster = false;
};

/// The layers of a file that holds several, for the window to ask which to add, as QGIS asks
/// for a GeoPackage's or a KML's: its vector layers, then its raster tables, in the file's order.
namespace LayerChoice {

/// Empty for a file of one layer, a spec that names one (`PATH:LAYER`), a database connection,
/// or a file GDAL cannot open (reading it then says why).
std::vector<ChoosableLayer> of(const QString& spec);

} // namespace LayerChoice
} // namespace frontier
