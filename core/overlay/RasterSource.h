#pragma once

#include "geo/MapGeometry.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace frontier {

/// \brief One view of a raster layer: the map extent, the image's size in pixels and the map's
/// CRS (a CoordinateTransform definition), drawn as a hillshade or in the file's colours.
struct RasterRequest {
    MapRect extent;
    QSize size;
    QString crs;
    bool hillshade = false;
    friend bool operator==(const RasterRequest&, const RasterRequest&) = default;
};

/// \brief An analyst's raster, read for each view at the view's resolution (the file's
/// overviews where it has them). Thread-safe: the window and an export may ask at once.
class RasterSource {
public:
    virtual ~RasterSource() = default;
    /// The view warped to the request's CRS, `request.size` pixels, ARGB32 premultiplied; pixels
    /// the raster does not cover are transparent. A null image when it cannot be read.
    virtual QImage image(const RasterRequest& request) const = 0;
    /// One band of numbers (a DEM): drawn grey, or as a hillshade.
    virtual bool isSingleBand() const = 0;
    /// What the Layers panel says of it ("GeoTIFF, 1201 × 1201 px, 1 band").
    virtual QString description() const = 0;
};

} // namespace frontier
