#pragma once

#include "overlay/RasterSource.h"

#include <gdal_priv.h>

#include <array>
#include <mutex>
#include <vector>

namespace frontier {

/// \brief A raster file GDAL reads, drawn for a view: warped to the map's CRS at the view's
/// resolution (GDALWarp reads the file's overview nearest that resolution), then coloured: RGB(A)
/// and paletted files as they are, one band grey between its minimum and maximum, or shaded
/// (GDALDEMProcessing's hillshade) on the warped block, so each view is shaded whole.
class GdalRaster : public RasterSource {
public:
    struct Bands {
        std::vector<int> colour;   ///< the bands drawn: one (grey or paletted) or three (RGB)
        std::vector<QRgb> palette; ///< a paletted band's colours; empty otherwise
        std::array<double, 3> min{0, 0, 0}, max{255, 255, 255}; ///< per colour band, the stretch
    };

    /// `sourceCrs`: empty to use the file's, "EPSG:4326" for a file without a CRS read as WGS84.
    /// `sampled`: the overviews are virtual (sampled from the file as they are read), so a view
    /// reads a coarser level than GDAL would choose (sampledLevel).
    GdalRaster(GDALDatasetUniquePtr dataset, Bands bands, QString sourceCrs, QString description,
               bool sampled = false);

    QImage image(const RasterRequest& request) const override;
    bool isSingleBand() const override
    {
        return m_bands.colour.size() == 1 && m_bands.palette.empty();
    }
    QString description() const override { return m_description; }

private:
    /// The view warped into an in-memory dataset: the colour bands as Float32, then an alpha band.
    GDALDatasetUniquePtr warp(const RasterRequest& request, int margin) const;
    /// For virtual overviews: the coarsest level (an index, or NONE) that samples at least one
    /// pixel in four of the view's resolution, so a zoomed-out view reads few of the file's blocks.
    QByteArray sampledLevel(const RasterRequest& request) const;
    QImage colours(GDALDataset& warped) const;
    QImage hillshade(GDALDataset& warped, const QString& crs) const;

    mutable std::mutex m_mutex; ///< a GDAL dataset serves one thread at a time
    GDALDatasetUniquePtr m_dataset;
    Bands m_bands;
    QString m_sourceCrs;
    QString m_description;
    bool m_sampled;
    mutable RasterRequest m_lastRequest; ///< the last view and its image: a redraw is free
    mutable QImage m_last;
};

} // namespace frontier
