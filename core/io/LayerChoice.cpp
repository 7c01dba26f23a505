#include "LayerChoice.h"

#include "GdalSupport.h"
#include "LayerSpec.h"
#include "LocalFile.h"
#include "geo/ProjForkGuard.h"

#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace frontier::LayerChoice {

std::vector<ChoosableLayer> of(const QString& spec)
{
    const LayerSpec given = LayerSpec::parse(spec);
    if (!given.layerName.isEmpty() || !LocalFile::localRefusal(given.path).isEmpty())
        return {};
    gdal::registerDrivers();
    const ProjForkGuard guard; // opening reads the layers' CRS
    const gdal::ErrorCapture errors;
    const GDALDatasetUniquePtr dataset(
        GDALDataset::Open(QFileInfo(given.path).absoluteFilePath().toUtf8().constData(),
                          GDAL_OF_VECTOR | GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!dataset)
        return {};
    std::vector<ChoosableLayer> layers;
    for (OGRLayer* layer : dataset->GetLayers())
        if (layer->GetGeomType() != wkbNone) // a table of attributes alone is not drawn
            layers.push_back({QString::fromUtf8(layer->GetName()), false});
    // A GeoPackage's raster tables, which GDAL lists as subdatasets only when there are several.
    if (qstrcmp(dataset->GetDriver()->GetDescription(), "GPKG") == 0) {
        OGRLayer* tables =
            dataset->ExecuteSQL("SELECT table_name FROM gpkg_contents WHERE data_type IN "
                                "('tiles', '2d-gridded-coverage') ORDER BY rowid",
                                nullptr, nullptr);
        if (tables) {
            for (const auto& row : *tables)
                layers.push_back({QString::fromUtf8(row->GetFieldAsString(0)), true});
            dataset->ReleaseResultSet(tables);
        }
    }
    if (layers.size() < 2)
        return {};
    return layers;
}

} // namespace frontier::LayerChoice
