#include "RasterReader.h"

#include "GdalRaster.h"
#include "GdalSupport.h"
#include "LocalFile.h"
#include "geo/ProjForkGuard.h"

#include <QFileInfo>
#include <QStringList>

#include <gdal_alg.h>
#include <gdal_priv.h>
#include <gdal_utils.h>

#include <algorithm>
#include <cmath>

namespace frontier {
namespace {

constexpr int kFootprintSteps = 16; // points along each edge of the footprint
// A larger raster without overviews gets virtual ones, sampled from it when read.
constexpr int kMaxSideWithoutOverviews = 4096;

// The problem names the file, and a GeoPackage's raster table after it as in `--layer`.
std::shared_ptr<const Overlay> refusal(LoadProblems& problems, const QString& path,
                                       const QString& table, QString reason)
{
    const QFileInfo info(path);
    const QString where = table.isEmpty() ? info.fileName() : info.fileName() + u':' + table;
    problems.push_back({where, {}, {}, reason.replace(info.absoluteFilePath(), info.fileName())});
    return nullptr;
}

// GDAL's name for the file, or for a GeoPackage's raster table its subdataset name
// (GPKG:FILE:TABLE). The dataset keeps it as its description, so the virtual overviews' VRT
// reopens the same table.
QByteArray gdalName(const QString& path, const QString& table)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    return (table.isEmpty() ? file : QStringLiteral("GPKG:%1:%2").arg(file, table)).toUtf8();
}

bool isGeoPackage(const QString& path)
{
    const GDALDriverH driver =
        GDALIdentifyDriverEx(gdalName(path, {}).constData(), GDAL_OF_RASTER, nullptr, nullptr);
    return driver && qstrcmp(GDALGetDriverShortName(driver), "GPKG") == 0;
}

// The raster tables of a GeoPackage opened without naming one: GDAL's subdatasets, named
// GPKG:FILE:TABLE (none when it holds one table, opened as the dataset itself).
QStringList rasterTables(GDALDataset& dataset)
{
    QStringList tables;
    for (const char* const* item = dataset.GetMetadata("SUBDATASETS"); item && *item; ++item)
        if (const QString entry = QString::fromUtf8(*item); entry.contains(QLatin1String("_NAME=")))
            tables << entry.mid(entry.lastIndexOf(u':') + 1);
    return tables;
}

// Why `path` gave no raster: a GeoPackage of several raster tables needs one named (as GDAL's
// tools and QGIS ask for one); a damaged one says so.
QString unopened(const QString& path, GDALDataset* dataset, const QString& error)
{
    if (const QStringList tables = dataset ? rasterTables(*dataset) : QStringList();
        tables.size() > 1)
        return QStringLiteral("holds %1 raster tables (%2): name one, as %3:%4")
            .arg(tables.size())
            .arg(tables.join(QStringLiteral(", ")), QFileInfo(path).fileName(), tables.front());
    if (isGeoPackage(path))
        return QStringLiteral("cannot open the GeoPackage: %1")
            .arg(error.isEmpty() ? QStringLiteral("it holds no vector layer and no raster table")
                                 : error);
    return QStringLiteral("cannot open as a raster: %1")
        .arg(error.isEmpty() ? QStringLiteral("not a raster format GDAL reads here") : error);
}

// The dataset through an in-memory VRT with virtual overviews (each half the last's side, down
// to about 64 px): a zoomed-out view then samples the file's blocks, one pixel
// every few hundred, instead of reading all of them.
GDALDatasetUniquePtr withVirtualOverviews(GDALDatasetUniquePtr dataset)
{
    // Built from the file's name, the VRT opens the file itself.
    const char* name = dataset->GetDescription();
    GDALDatasetUniquePtr vrt(
        GDALDataset::FromHandle(GDALBuildVRT("", 1, nullptr, &name, nullptr, nullptr)));
    if (!vrt)
        return dataset;
    std::vector<int> levels;
    const int side = std::max(dataset->GetRasterXSize(), dataset->GetRasterYSize());
    for (int level = 2; side / level >= 64; level *= 2)
        levels.push_back(level);
    CPLSetThreadLocalConfigOption("VRT_VIRTUAL_OVERVIEWS", "YES");
    const CPLErr built = vrt->BuildOverviews("NEAREST", static_cast<int>(levels.size()),
                                             levels.data(), 0, nullptr, nullptr, nullptr);
    CPLSetThreadLocalConfigOption("VRT_VIRTUAL_OVERVIEWS", nullptr);
    return built == CE_None ? std::move(vrt) : std::move(dataset);
}

// The raster's outline in lon/lat (densified, so that it bounds the raster in any map CRS);
// empty when it cannot be transformed.
std::vector<GeoPoint> footprint(GDALDataset& dataset, const QString& sourceCrs)
{
    CPLStringList options;
    options.SetNameValue("DST_SRS", "EPSG:4326");
    if (!sourceCrs.isEmpty())
        options.SetNameValue("SRC_SRS", sourceCrs.toUtf8().constData());
    void* transformer =
        GDALCreateGenImgProjTransformer2(GDALDataset::ToHandle(&dataset), nullptr, options.List());
    if (!transformer)
        return {};
    const double w = dataset.GetRasterXSize(), h = dataset.GetRasterYSize();
    std::vector<double> x, y;
    for (int i = 0; i < kFootprintSteps; ++i) {
        const double f = static_cast<double>(i) / kFootprintSteps;
        for (const auto& [px, py] :
             {std::pair{f * w, 0.0}, {w, f * h}, {w - f * w, h}, {0.0, h - f * h}}) {
            x.push_back(px);
            y.push_back(py);
        }
    }
    std::vector<double> z(x.size());
    std::vector<int> ok(x.size());
    GDALGenImgProjTransform(transformer, FALSE, static_cast<int>(x.size()), x.data(), y.data(),
                            z.data(), ok.data());
    GDALDestroyGenImgProjTransformer(transformer);
    std::vector<GeoPoint> outline;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (ok[i] && std::isfinite(x[i]) && std::isfinite(y[i]))
            outline.push_back({x[i], y[i]});
    return outline;
}

QString describe(GDALDataset& dataset, std::size_t colourBands)
{
    const QString driver = QString::fromUtf8(dataset.GetDriver()->GetDescription());
    const int overviews = dataset.GetRasterBand(1)->GetOverviewCount();
    QString text = QStringLiteral("%1 raster, %2 × %3 px, %4")
                       .arg(driver == QLatin1String("GTiff") ? QStringLiteral("GeoTIFF") : driver)
                       .arg(dataset.GetRasterXSize())
                       .arg(dataset.GetRasterYSize())
                       .arg(colourBands == 1 ? QStringLiteral("1 band") : QStringLiteral("RGB"));
    return overviews > 0 ? text + QStringLiteral(", %1 overviews").arg(overviews)
                         : text + QStringLiteral(", no overviews (slower when zoomed out)");
}

} // namespace

bool RasterReader::isRaster(const QString& path, const QString& layerName)
{
    if (!LocalFile::localRefusal(path).isEmpty())
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (layerName.isEmpty() && (suffix == QLatin1String("tif") || suffix == QLatin1String("tiff")))
        return true;
    gdal::registerDrivers();
    const ProjForkGuard guard; // opening reads the CRS
    gdal::ErrorCapture errors;
    if (!layerName.isEmpty()) {
        if (!isGeoPackage(path))
            return false;
        const GDALDatasetUniquePtr table(GDALDataset::Open(gdalName(path, layerName).constData(),
                                                           GDAL_OF_RASTER | GDAL_OF_READONLY));
        return table != nullptr;
    }
    const QByteArray name = gdalName(path, {});
    if (!GDALIdentifyDriverEx(name.constData(), GDAL_OF_RASTER, nullptr, nullptr))
        return false;
    if (!GDALIdentifyDriverEx(name.constData(), GDAL_OF_VECTOR, nullptr, nullptr))
        return true;
    // A format of both kinds (a GeoPackage): a raster when it holds no vector layer.
    const GDALDatasetUniquePtr vector(
        GDALDataset::Open(name.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    return !vector || vector->GetLayerCount() == 0;
}

std::shared_ptr<const Overlay> RasterReader::read(const QString& path, LoadProblems& problems,
                                                  const QString& table)
{
    const auto refuse = [&](const QString& why) { return refusal(problems, path, table, why); };
    if (const QString why = LocalFile::localRefusal(path); !why.isEmpty())
        return refuse(why);
    gdal::registerDrivers();
    const ProjForkGuard guard; // opening and the CRS; the pixels are read when drawn
    gdal::ErrorCapture errors;
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(gdalName(path, table).constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!dataset || dataset->GetRasterCount() < 1)
        return refuse(unopened(path, dataset.get(), errors.last()));
    double geo[6];
    const bool hasGeoTransform = dataset->GetGeoTransform(geo) == CE_None;
    if (!hasGeoTransform && dataset->GetGCPCount() == 0)
        return refuse(QStringLiteral("has no georeferencing (no geotransform, world file or "
                                     "ground control points): it cannot be placed on the map"));
    const OGRSpatialReference* srs =
        hasGeoTransform ? dataset->GetSpatialRef() : dataset->GetGCPSpatialRef();
    // Without a CRS, lon/lat is assumed where the corners fit it.
    QString sourceCrs;
    if (!srs) {
        const double w = dataset->GetRasterXSize(), h = dataset->GetRasterYSize();
        const bool fits = hasGeoTransform && std::abs(geo[0]) <= 180 &&
                          std::abs(geo[0] + w * geo[1] + h * geo[2]) <= 180 &&
                          std::abs(geo[3]) <= 90 &&
                          std::abs(geo[3] + w * geo[4] + h * geo[5]) <= 90;
        if (!fits)
            return refuse(QStringLiteral("has no CRS, and its coordinates are not "
                                         "longitude/latitude: give the file a CRS"));
        sourceCrs = QStringLiteral("EPSG:4326");
    }

    GdalRaster::Bands bands;
    for (int b = 1; b <= dataset->GetRasterCount() && bands.colour.size() < 3; ++b)
        if (dataset->GetRasterBand(b)->GetColorInterpretation() != GCI_AlphaBand)
            bands.colour.push_back(b);
    if (bands.colour.size() == 2)
        bands.colour.pop_back(); // grey and another band: drawn grey
    if (bands.colour.empty())
        return refuse(QStringLiteral("has only an alpha band"));
    GDALRasterBand& first = *dataset->GetRasterBand(bands.colour.front());
    if (const GDALColorTable* colours = first.GetColorTable(); colours && bands.colour.size() == 1)
        for (int i = 0; i < colours->GetColorEntryCount(); ++i) {
            const GDALColorEntry* e = colours->GetColorEntry(i);
            bands.palette.push_back(qRgba(e->c1, e->c2, e->c3, e->c4));
        }
    // A sample of blocks (or an overview), for the stretch; a damaged file fails here (a
    // GeoPackage's bad tile only as an error, the minimum and maximum still given).
    for (std::size_t i = 0; i < bands.colour.size(); ++i) {
        GDALRasterBand& band = *dataset->GetRasterBand(bands.colour[i]);
        double minMax[2] = {0, 0};
        const gdal::ErrorCapture sampling;
        const bool read = band.ComputeRasterMinMax(TRUE, minMax) == CE_None;
        if ((!read || !sampling.last().isEmpty()) &&
            !sampling.last().contains(QLatin1String("no valid pixels")))
            return refuse(QStringLiteral("cannot be read: %1").arg(sampling.last()));
        if (band.GetRasterDataType() != GDT_Byte || bands.colour.size() == 1) {
            bands.min[i] = minMax[0];
            bands.max[i] = minMax[1];
        }
    }

    auto overlay = std::make_shared<Overlay>();
    overlay->path = path;
    overlay->layerName = table;
    overlay->name = table.isEmpty() ? QFileInfo(path).completeBaseName()
                                    : QFileInfo(path).completeBaseName() + u':' + table;
    overlay->assumedWgs84 = !sourceCrs.isEmpty();
    overlay->vertices = footprint(*dataset, sourceCrs);
    if (overlay->vertices.empty())
        return refuse(QStringLiteral("its georeferencing cannot be transformed to WGS84: %1")
                          .arg(errors.last()));
    overlay->partStarts = {0, static_cast<std::uint32_t>(overlay->vertices.size())};
    const QString description = describe(*dataset, bands.colour.size());
    const bool sampled =
        dataset->GetRasterBand(1)->GetOverviewCount() == 0 &&
        std::max(dataset->GetRasterXSize(), dataset->GetRasterYSize()) > kMaxSideWithoutOverviews;
    if (sampled)
        dataset = withVirtualOverviews(std::move(dataset));
    overlay->raster = std::make_shared<GdalRaster>(std::move(dataset), std::move(bands), sourceCrs,
                                                   description, sampled);
    return overlay;
}

} // namespace frontier
