#include "GdalRaster.h"

#include "GdalSupport.h"
#include "geo/ProjForkGuard.h"

#include <cpl_string.h>
#include <gdal_alg.h>
#include <gdal_utils.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>

namespace frontier {
namespace {

// What a warped single band holds where the file has no data (then shaded as no data).
constexpr double kNoData = -1e30;

QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 17);
}

// Rows of one band of `dataset` as floats.
std::vector<float> readBand(GDALDataset& dataset, int band)
{
    const int w = dataset.GetRasterXSize(), h = dataset.GetRasterYSize();
    std::vector<float> values(static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
    if (dataset.GetRasterBand(band)->RasterIO(GF_Read, 0, 0, w, h, values.data(), w, h, GDT_Float32,
                                              0, 0, nullptr) != CE_None)
        values.clear();
    return values;
}

// GDAL's hillshade scale, horizontal map units to the DEM's metres: 111120 for degrees (GDAL's
// documented value), the unit's length for a projected CRS.
double groundScale(const QString& crs)
{
    const ProjForkGuard guard;
    OGRSpatialReference srs;
    if (srs.SetFromUserInput(crs.toUtf8().constData()) != OGRERR_NONE)
        return 1;
    return srs.IsGeographic() ? 111120.0 : srs.GetLinearUnits();
}

} // namespace

GdalRaster::GdalRaster(GDALDatasetUniquePtr dataset, Bands bands, QString sourceCrs,
                       QString description, bool sampled)
    : m_dataset(std::move(dataset)), m_bands(std::move(bands)), m_sourceCrs(std::move(sourceCrs)),
      m_description(std::move(description)), m_sampled(sampled)
{
}

QImage GdalRaster::image(const RasterRequest& request) const
{
    const std::lock_guard lock(m_mutex);
    if (request == m_lastRequest && !m_last.isNull())
        return m_last;
    gdal::ErrorCapture errors;
    // A hillshade needs each pixel's neighbours: one more pixel all round, cut off after.
    const int margin = request.hillshade && isSingleBand() ? 1 : 0;
    QImage out;
    if (const GDALDatasetUniquePtr warped = warp(request, margin))
        out = margin ? hillshade(*warped, request.crs)
                           .copy(margin, margin, request.size.width(), request.size.height())
                     : colours(*warped);
    m_lastRequest = request;
    m_last = out;
    return out;
}

GDALDatasetUniquePtr GdalRaster::warp(const RasterRequest& r, int margin) const
{
    if (r.size.isEmpty() || !r.extent.isValid())
        return nullptr;
    const double dx = r.extent.width() / r.size.width() * margin;
    const double dy = r.extent.height() / r.size.height() * margin;
    CPLStringList args;
    for (const char* a : {"-of", "MEM", "-ot", "Float32", "-dstalpha", "-q", "-r"})
        args.AddString(a);
    // Classes are never blended; a DEM zoomed in past its pixels is shaded smooth, not in facets.
    args.AddString(!m_bands.palette.empty() ? "near" : isSingleBand() ? "cubic" : "bilinear");
    if (m_sampled) {
        args.AddString("-ovr");
        args.AddString(sampledLevel(r).constData());
    }
    args.AddString("-t_srs");
    args.AddString(r.crs.toUtf8().constData());
    if (!m_sourceCrs.isEmpty()) {
        args.AddString("-s_srs");
        args.AddString(m_sourceCrs.toUtf8().constData());
    }
    args.AddString("-te");
    for (const double v :
         {r.extent.xmin - dx, r.extent.ymin - dy, r.extent.xmax + dx, r.extent.ymax + dy})
        args.AddString(number(v).constData());
    args.AddString("-ts");
    args.AddString(QByteArray::number(r.size.width() + 2 * margin).constData());
    args.AddString(QByteArray::number(r.size.height() + 2 * margin).constData());
    GDALWarpAppOptions* options = GDALWarpAppOptionsNew(args.List(), nullptr);
    if (!options)
        return nullptr;
    GDALDatasetH source = GDALDataset::ToHandle(m_dataset.get());
    const ProjForkGuard guard; // the warp sets up its transformation
    GDALDatasetUniquePtr out(
        GDALDataset::FromHandle(GDALWarp("", nullptr, 1, &source, options, nullptr)));
    GDALWarpAppOptionsFree(options);
    return out;
}

QByteArray GdalRaster::sampledLevel(const RasterRequest& r) const
{
    // The file's pixel size in map units, as GDAL would warp the whole of it.
    CPLStringList options;
    options.SetNameValue("DST_SRS", r.crs.toUtf8().constData());
    if (!m_sourceCrs.isEmpty())
        options.SetNameValue("SRC_SRS", m_sourceCrs.toUtf8().constData());
    GDALDatasetH source = GDALDataset::ToHandle(m_dataset.get());
    void* transformer = GDALCreateGenImgProjTransformer2(source, nullptr, options.List());
    double geo[6] = {};
    int columns = 0, rows = 0;
    const bool known =
        transformer && GDALSuggestedWarpOutput(source, GDALGenImgProjTransform, transformer, geo,
                                               &columns, &rows) == CE_None;
    if (transformer)
        GDALDestroyGenImgProjTransformer(transformer);
    if (!known || geo[1] <= 0)
        return "AUTO";
    // File pixels under one view pixel; a level may sample up to four times fewer.
    const double ratio = r.extent.width() / r.size.width() / geo[1];
    GDALRasterBand* band = m_dataset->GetRasterBand(1);
    QByteArray level = "NONE";
    for (int i = 0; i < band->GetOverviewCount(); ++i)
        if (band->GetXSize() / band->GetOverview(i)->GetXSize() <= 4 * ratio)
            level = QByteArray::number(i);
    return level;
}

QImage GdalRaster::colours(GDALDataset& warped) const
{
    const int w = warped.GetRasterXSize(), h = warped.GetRasterYSize();
    const std::vector<float> alpha = readBand(warped, warped.GetRasterCount());
    std::vector<std::vector<float>> bands;
    for (const int b : m_bands.colour)
        bands.push_back(readBand(warped, b));
    if (alpha.empty() ||
        std::any_of(bands.begin(), bands.end(), [](const auto& band) { return band.empty(); }))
        return {};
    const auto stretch = [this](std::size_t band, float v) {
        const double span = m_bands.max[band] - m_bands.min[band];
        const double t = span > 0 ? (v - m_bands.min[band]) / span : 0.5;
        return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * 255));
    };
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const std::size_t i = static_cast<std::size_t>(y) * w + x;
            const int a = std::clamp(static_cast<int>(alpha[i]), 0, 255);
            QRgb c = qRgba(0, 0, 0, 0);
            if (a > 0 && !m_bands.palette.empty()) {
                const auto index = static_cast<std::size_t>(std::max(0.0f, bands[0][i]));
                if (index < m_bands.palette.size()) {
                    const QRgb p = m_bands.palette[index];
                    c = qRgba(qRed(p), qGreen(p), qBlue(p), qAlpha(p) * a / 255);
                }
            } else if (a > 0 && bands.size() == 1) {
                const int g = stretch(0, bands[0][i]);
                c = qRgba(g, g, g, a);
            } else if (a > 0) {
                c = qRgba(stretch(0, bands[0][i]), stretch(1, bands[1][i]), stretch(2, bands[2][i]),
                          a);
            }
            line[x] = qPremultiply(c);
        }
    }
    return image;
}

QImage GdalRaster::hillshade(GDALDataset& warped, const QString& crs) const
{
    const int w = warped.GetRasterXSize(), h = warped.GetRasterYSize();
    const std::vector<float> alpha = readBand(warped, warped.GetRasterCount());
    std::vector<float> height = readBand(warped, m_bands.colour.front());
    if (alpha.empty() || height.empty())
        return {};
    for (std::size_t i = 0; i < height.size(); ++i)
        if (alpha[i] <= 0)
            height[i] = static_cast<float>(kNoData);
    GDALRasterBand* band = warped.GetRasterBand(m_bands.colour.front());
    if (band->RasterIO(GF_Write, 0, 0, w, h, height.data(), w, h, GDT_Float32, 0, 0, nullptr) !=
        CE_None)
        return {};
    band->SetNoDataValue(kNoData);
    CPLStringList args;
    for (const char* a : {"-of", "MEM", "-q", "-compute_edges", "-az", "315", "-alt", "45", "-b"})
        args.AddString(a);
    args.AddString(QByteArray::number(m_bands.colour.front()).constData());
    args.AddString("-s");
    args.AddString(number(groundScale(crs)).constData());
    GDALDEMProcessingOptions* options = GDALDEMProcessingOptionsNew(args.List(), nullptr);
    if (!options)
        return {};
    GDALDatasetUniquePtr shaded(GDALDataset::FromHandle(GDALDEMProcessing(
        "", GDALDataset::ToHandle(&warped), "hillshade", nullptr, options, nullptr)));
    GDALDEMProcessingOptionsFree(options);
    if (!shaded)
        return {};
    const std::vector<float> light = readBand(*shaded, 1);
    if (light.empty())
        return {};
    // 0 is the hillshade's no data; shades are 1 to 255.
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int g = static_cast<int>(light[static_cast<std::size_t>(y) * w + x]);
            line[x] = g > 0 ? qRgb(g, g, g) : qRgba(0, 0, 0, 0);
        }
    }
    return image;
}

} // namespace frontier
