#include "GdalSupport.h"

#include <cpl_conv.h>
#include <gdal_priv.h>

#include <mutex>
#include <vector>

namespace frontier::gdal {

void registerDrivers()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // Never let a data file make GDAL reach out (remote references in GeoJSON, etc.).
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
        CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "none");
        CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0");
    });
}

ErrorCapture::ErrorCapture()
{
    CPLPushErrorHandlerEx(&ErrorCapture::handle, this);
}

ErrorCapture::~ErrorCapture()
{
    CPLPopErrorHandler();
}

void CPL_STDCALL ErrorCapture::handle(CPLErr level, CPLErrorNum, const char* message)
{
    auto* self = static_cast<ErrorCapture*>(CPLGetErrorHandlerUserData());
    if (self && level >= CE_Failure)
        self->m_last = QString::fromUtf8(message);
}

std::optional<GeometryType> classify(OGRwkbGeometryType t)
{
    switch (wkbFlatten(t)) {
    case wkbPoint:
    case wkbMultiPoint:
        return GeometryType::Point;
    case wkbLineString:
    case wkbMultiLineString:
        return GeometryType::Line;
    case wkbPolygon:
    case wkbMultiPolygon:
        return GeometryType::Polygon;
    default:
        return std::nullopt;
    }
}

bool forEachPart(const OGRGeometry& g,
                 const std::function<void(const double* x, const double* y, int n)>& visit)
{
    const auto curve = [&](const OGRSimpleCurve& c) {
        const int n = c.getNumPoints();
        std::vector<double> x(static_cast<std::size_t>(n)), y(static_cast<std::size_t>(n));
        c.getPoints(x.data(), sizeof(double), y.data(), sizeof(double));
        visit(x.data(), y.data(), n);
    };
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbPoint: {
        const double x = g.toPoint()->getX(), y = g.toPoint()->getY();
        visit(&x, &y, 1);
        return true;
    }
    case wkbLineString:
        curve(*g.toLineString());
        return true;
    case wkbPolygon:
        for (const auto* ring : *g.toPolygon())
            curve(*ring);
        return true;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
        for (const auto* sub : *g.toGeometryCollection())
            forEachPart(*sub, visit);
        return true;
    default:
        return false;
    }
}

} // namespace frontier::gdal
