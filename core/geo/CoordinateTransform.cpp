#include "CoordinateTransform.h"

#include "Crs.h"
#include "ProjForkGuard.h"

#include <proj.h>

#include <cmath>
#include <utility>
#include <vector>

namespace frontier {
namespace {

// Own a context and PJ objects during construction. The context is declared first, so on a
// throw the PJ objects are destroyed before the context they belong to.
struct ContextHolder {
    PJ_CONTEXT* ctx = nullptr;
    ~ContextHolder()
    {
        if (ctx)
            proj_context_destroy(ctx);
    }
};
struct PjHolder {
    PJ* pj = nullptr;
    ~PjHolder()
    {
        if (pj)
            proj_destroy(pj);
    }
};

// The one rule for "cannot project": PROJ reports an error as HUGE_VAL, and some projections
// return NaN outside their domain.
bool isProjected(double x, double y)
{
    return std::isfinite(x) && std::isfinite(y);
}

QString lastError(PJ_CONTEXT* ctx)
{
    return QString::fromUtf8(proj_context_errno_string(ctx, proj_context_errno(ctx)));
}

// WGS84 lon/lat for the transformation's source. A target given as a PROJ string on the WGS84
// datum (the default map CRS) needs no database at all when the source is a PROJ string too;
// anything else gets EPSG:4326, so PROJ picks the registered datum transformation.
const char* wgs84Source(PJ_CONTEXT* ctx, PJ* target)
{
    PjHolder datum{proj_crs_get_datum(ctx, target)};
    const bool fromDatabase = proj_get_id_auth_name(target, 0) != nullptr;
    if (!fromDatabase && datum.pj &&
        qstrcmp(proj_get_name(datum.pj), "World Geodetic System 1984") == 0)
        return "+proj=longlat +datum=WGS84 +no_defs +type=crs";
    return "EPSG:4326";
}

} // namespace

CoordinateTransform::CoordinateTransform(const QString& crs)
{
    const ProjForkGuard guard;
    ContextHolder context{proj_context_create()};
    PJ_CONTEXT* ctx = context.ctx;
    // PROJ must never fetch grids from the network.
    proj_context_set_enable_network(ctx, 0);
    proj_log_level(ctx, PJ_LOG_NONE);
    PjHolder target{proj_create(ctx, crs.toUtf8().constData())};
    if (!target.pj || !proj_is_crs(target.pj)) {
        throw ProjError(
            QStringLiteral("unknown or invalid CRS \"%1\"").arg(crs.left(100)).toStdString());
    }
    const PJ_TYPE type = proj_get_type(target.pj);
    m_geographic = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;
    m_name = crs == Crs::defaultDefinition() ? Crs::defaultName()
                                             : QString::fromUtf8(proj_get_name(target.pj));

    PjHolder source{proj_create(ctx, wgs84Source(ctx, target.pj))};
    PjHolder raw{proj_create_crs_to_crs_from_pj(ctx, source.pj, target.pj, nullptr, nullptr)};
    PjHolder normalized{raw.pj ? proj_normalize_for_visualization(ctx, raw.pj) : nullptr};
    if (!normalized.pj)
        throw ProjError(QStringLiteral("cannot transform WGS84 to \"%1\": %2")
                            .arg(crs.left(100), lastError(ctx))
                            .toStdString());
    m_pj = std::exchange(normalized.pj, nullptr);
    m_target = std::exchange(target.pj, nullptr);
    m_ctx = std::exchange(context.ctx, nullptr);
}

QString CoordinateTransform::esriWkt() const
{
    // Made on first use: PROJ looks up the ESRI names in its database, which costs more than
    // setting up the transformation, and only exports need it.
    if (m_esriWkt.isEmpty()) {
        const ProjForkGuard guard;
        const char* options[] = {"MULTILINE=NO", nullptr};
        if (const char* wkt = proj_as_wkt(m_ctx, m_target, PJ_WKT1_ESRI, options))
            m_esriWkt = QString::fromUtf8(wkt);
        else if (const char* wkt2 = proj_as_wkt(m_ctx, m_target, PJ_WKT2_2019, options))
            m_esriWkt = QString::fromUtf8(wkt2);
    }
    return m_esriWkt;
}

CoordinateTransform::~CoordinateTransform()
{
    release();
}

void CoordinateTransform::release() noexcept
{
    if (m_pj)
        proj_destroy(m_pj);
    if (m_target)
        proj_destroy(m_target);
    if (m_ctx)
        proj_context_destroy(m_ctx);
    m_pj = nullptr;
    m_target = nullptr;
    m_ctx = nullptr;
}

CoordinateTransform::CoordinateTransform(CoordinateTransform&& other) noexcept
    : m_ctx(std::exchange(other.m_ctx, nullptr)), m_pj(std::exchange(other.m_pj, nullptr)),
      m_target(std::exchange(other.m_target, nullptr)), m_geographic(other.m_geographic),
      m_esriWkt(std::move(other.m_esriWkt)), m_name(std::move(other.m_name))
{
}

CoordinateTransform& CoordinateTransform::operator=(CoordinateTransform&& other) noexcept
{
    if (this != &other) {
        release();
        m_ctx = std::exchange(other.m_ctx, nullptr);
        m_pj = std::exchange(other.m_pj, nullptr);
        m_target = std::exchange(other.m_target, nullptr);
        m_geographic = other.m_geographic;
        m_esriWkt = std::move(other.m_esriWkt);
        m_name = std::move(other.m_name);
    }
    return *this;
}

std::optional<MapPoint> CoordinateTransform::forward(GeoPoint p) const
{
    const PJ_COORD out = proj_trans(m_pj, PJ_FWD, proj_coord(p.lon, p.lat, 0, 0));
    if (!isProjected(out.xy.x, out.xy.y))
        return std::nullopt;
    return MapPoint{out.xy.x, out.xy.y};
}

std::optional<GeoPoint> CoordinateTransform::inverse(MapPoint p) const
{
    const PJ_COORD out = proj_trans(m_pj, PJ_INV, proj_coord(p.x, p.y, 0, 0));
    if (!isProjected(out.lp.lam, out.lp.phi))
        return std::nullopt;
    return GeoPoint{out.lp.lam, out.lp.phi};
}

void CoordinateTransform::forward(std::span<const GeoPoint> in, std::span<MapPoint> out) const
{
    if (out.empty()) // an empty layer: no data pointer to stride from
        return;
    for (std::size_t i = 0; i < in.size(); ++i)
        out[i] = {in[i].lon, in[i].lat};
    // GeoPoint and MapPoint are two packed doubles: PROJ transforms the x/y arrays with a stride.
    double* x = &out.data()->x;
    double* y = &out.data()->y;
    proj_trans_generic(m_pj, PJ_FWD, x, sizeof(MapPoint), out.size(), y, sizeof(MapPoint),
                       out.size(), nullptr, 0, 0, nullptr, 0, 0);
    for (MapPoint& p : out)
        if (!isProjected(p.x, p.y))
            p = {HUGE_VAL, HUGE_VAL};
}

MapRect CoordinateTransform::forwardBox(double west, double south, double east, double north) const
{
    constexpr int kSteps = 32;
    std::vector<GeoPoint> outline;
    for (int i = 0; i <= kSteps; ++i) {
        const double t = static_cast<double>(i) / kSteps;
        outline.push_back({west + (east - west) * t, south});
        outline.push_back({west + (east - west) * t, north});
        outline.push_back({west, south + (north - south) * t});
        outline.push_back({east, south + (north - south) * t});
    }
    std::vector<MapPoint> projected(outline.size());
    forward(outline, projected);
    MapRect r = MapRect::empty();
    for (const MapPoint& p : projected)
        if (isProjected(p.x, p.y))
            r.include(p);
    if (!r.isValid())
        throw ProjError("the extent cannot be projected to this CRS");
    return r;
}

} // namespace frontier
