#pragma once

#include "model/VectorLayer.h"

#include <QString>

#include <cpl_error.h>
#include <ogr_geometry.h>

#include <functional>
#include <optional>

namespace frontier::gdal {

/// Registers GDAL's drivers once, set never to reach the network for a data file.
void registerDrivers();

/// \brief Collects GDAL's error messages during one read instead of printing them to stderr.
class ErrorCapture {
public:
    ErrorCapture();
    ~ErrorCapture();
    ErrorCapture(const ErrorCapture&) = delete;
    ErrorCapture& operator=(const ErrorCapture&) = delete;
    QString last() const { return m_last; }

private:
    static void CPL_STDCALL handle(CPLErr level, CPLErrorNum, const char* message);
    QString m_last;
};

/// Point, line or polygon (single or multi); nothing for other kinds.
std::optional<GeometryType> classify(OGRwkbGeometryType type);

/// Calls `visit` with each point, line or ring of a point, line or polygon geometry (or a
/// multi-geometry of them) as x and y arrays; returns false for any other kind of geometry.
bool forEachPart(const OGRGeometry& geometry,
                 const std::function<void(const double* x, const double* y, int n)>& visit);

} // namespace frontier::gdal
