#pragma once

#include "MapGeometry.h"
#include "model/GeoPoint.h"

#include <QString>

#include <optional>
#include <span>
#include <stdexcept>

struct pj_ctx;
struct PJconsts;

namespace frontier {

/// \brief A CRS problem: an unknown or unusable CRS.
class ProjError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// \brief Transforms WGS84 lon/lat to and from one map CRS. Move-only: it owns its PROJ context
/// (so each thread can have its own) and transformation.
class CoordinateTransform {
public:
    /// `crs` is anything PROJ accepts: "EPSG:32638", a PROJ string, WKT. Throws ProjError.
    explicit CoordinateTransform(const QString& crs);
    ~CoordinateTransform();
    CoordinateTransform(CoordinateTransform&& other) noexcept;
    CoordinateTransform& operator=(CoordinateTransform&& other) noexcept;
    CoordinateTransform(const CoordinateTransform&) = delete;
    CoordinateTransform& operator=(const CoordinateTransform&) = delete;

    /// Empty when the point cannot be projected (see canProject).
    std::optional<MapPoint> forward(GeoPoint p) const;
    std::optional<GeoPoint> inverse(MapPoint p) const;
    /// Transforms many points in place-order into `out` (same size); points that cannot be
    /// projected come out as infinity. Much faster than one call a point.
    void forward(std::span<const GeoPoint> in, std::span<MapPoint> out) const;

    /// The map extent covering a lon/lat box: its densified outline, transformed.
    MapRect forwardBox(double west, double south, double east, double north) const;

    bool isGeographic() const { return m_geographic; }
    /// The CRS as ESRI WKT, as a .prj file beside a world file expects (made on first use).
    QString esriWkt() const;
    QString name() const { return m_name; }

private:
    void release() noexcept;
    pj_ctx* m_ctx = nullptr;
    PJconsts* m_pj = nullptr;     ///< WGS84 lon/lat → the CRS
    PJconsts* m_target = nullptr; ///< the CRS itself
    bool m_geographic = false;
    mutable QString m_esriWkt;
    QString m_name;
};

} // namespace frontier
