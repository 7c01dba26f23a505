#pragma once

#include <QFileInfo>
#include <QString>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <functional>
#include <vector>

namespace frontier::test {

/// Where a test raster lies: its north-west corner and pixel size in the CRS's units.
struct RasterGrid {
    double west = 40, north = 36, pixel = 0.01;
    int width = 200, height = 200;
    const char* crs = "EPSG:4326"; ///< nullptr: no CRS
    double x(double column) const { return west + column * pixel; }
    double y(double row) const { return north - row * pixel; }
};

/// Gives `ds` the grid's georeferencing (unless `georeferenced` is false) and the values
/// value(band, column, row).
inline void fillRaster(GDALDataset& ds, const RasterGrid& grid,
                       const std::function<double(int, int, int)>& value, bool georeferenced = true)
{
    if (georeferenced) {
        double geo[6] = {grid.west, grid.pixel, 0, grid.north, 0, -grid.pixel};
        ds.SetGeoTransform(geo);
        if (grid.crs) {
            OGRSpatialReference srs;
            srs.SetFromUserInput(grid.crs);
            ds.SetSpatialRef(&srs);
        }
    }
    std::vector<double> row(static_cast<std::size_t>(grid.width));
    for (int b = 1; b <= ds.GetRasterCount(); ++b)
        for (int y = 0; y < grid.height; ++y) {
            for (int x = 0; x < grid.width; ++x)
                row[static_cast<std::size_t>(x)] = value(b, x, y);
            EXPECT_EQ(ds.GetRasterBand(b)->RasterIO(GF_Write, 0, y, grid.width, 1, row.data(),
                                                    grid.width, 1, GDT_Float64, 0, 0, nullptr),
                      CE_None);
        }
}

/// Writes a tiled GeoTIFF of `bands` bands whose values are value(band, column, row); with
/// `overviews`, builds them (averaged) at 2, 4 and 8. `georeferenced` false leaves out the
/// geotransform and CRS.
inline void writeRaster(const QString& path, const RasterGrid& grid, int bands, GDALDataType type,
                        const std::function<double(int, int, int)>& value, bool overviews = false,
                        bool georeferenced = true)
{
    GDALAllRegister();
    const char* options[] = {"TILED=YES", "BLOCKXSIZE=64", "BLOCKYSIZE=64", nullptr};
    GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GTiff")->Create(
        path.toUtf8().constData(), grid.width, grid.height, bands, type,
        const_cast<char**>(options)));
    fillRaster(*ds, grid, value, georeferenced);
    if (overviews) {
        const int levels[] = {2, 4, 8};
        EXPECT_EQ(ds->BuildOverviews("AVERAGE", 3, levels, 0, nullptr, nullptr, nullptr), CE_None);
    }
}

/// Adds an RGB raster table `table` (PNG tiles: the colours stay exact) of the values
/// value(band, column, row) to the GeoPackage `path`, creating it if need be; with `overviews`,
/// its zoom levels at 2 and 4 (averaged, as gdaladdo -r average builds them).
inline void writeGeoPackageRaster(const QString& path, const char* table, const RasterGrid& grid,
                                  const std::function<double(int, int, int)>& value,
                                  bool overviews = false)
{
    GDALAllRegister();
    GDALDatasetUniquePtr mem(GetGDALDriverManager()->GetDriverByName("MEM")->Create(
        "", grid.width, grid.height, 3, GDT_Byte, nullptr));
    fillRaster(*mem, grid, value);
    CPLStringList options;
    options.SetNameValue("TILE_FORMAT", "PNG");
    options.SetNameValue("RASTER_TABLE", table);
    if (QFileInfo::exists(path))
        options.SetNameValue("APPEND_SUBDATASET", "YES");
    GDALDatasetUniquePtr gpkg(GetGDALDriverManager()->GetDriverByName("GPKG")->CreateCopy(
        path.toUtf8().constData(), mem.get(), FALSE, options.List(), nullptr, nullptr));
    ASSERT_TRUE(gpkg) << CPLGetLastErrorMsg();
    if (overviews) {
        const int levels[] = {2, 4};
        EXPECT_EQ(gpkg->BuildOverviews("AVERAGE", 2, levels, 0, nullptr, nullptr, nullptr), CE_None)
            << CPLGetLastErrorMsg();
    }
}

/// A hill of `peak` metres at the middle of the grid, a gaussian of a sixth of its width.
inline double hill(const RasterGrid& grid, int column, int row, double peak = 1000)
{
    const double dx = column + 0.5 - grid.width / 2.0, dy = row + 0.5 - grid.height / 2.0;
    const double sigma = grid.width / 6.0;
    return peak * std::exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
}

/// Adds to the GeoPackage at `path` a layer `name` of one point in WGS84, as a file of raster
/// tables and vector layers has.
inline void addGeoPackagePoint(const QString& path, const char* name, double lon, double lat)
{
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    ASSERT_TRUE(ds);
    OGRSpatialReference wgs84;
    wgs84.SetFromUserInput("EPSG:4326");
    OGRLayer* layer = ds->CreateLayer(name, &wgs84, wkbPoint, nullptr);
    ASSERT_TRUE(layer);
    OGRFeature feature(layer->GetLayerDefn());
    OGRPoint point(lon, lat);
    feature.SetGeometry(&point);
    ASSERT_EQ(layer->CreateFeature(&feature), OGRERR_NONE);
}

} // namespace frontier::test
