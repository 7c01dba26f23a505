#include "VectorFileWriter.h"

#include "AtomicFiles.h"
#include "geo/ProjForkGuard.h"

#include <QDate>
#include <QFileInfo>

#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <atomic>
#include <memory>
#include <mutex>

namespace frontier {
namespace {

OGRwkbGeometryType ogrType(std::optional<GeometryType> type)
{
    if (!type)
        return wkbUnknown;
    switch (*type) {
    case GeometryType::Point:
        return wkbPoint;
    case GeometryType::Line:
        return wkbLineString;
    case GeometryType::Polygon:
        return wkbPolygon;
    }
    return wkbUnknown;
}

std::unique_ptr<OGRGeometry> geometry(const ExportFeature& f)
{
    switch (f.type) {
    case GeometryType::Point:
        return std::make_unique<OGRPoint>(f.parts.at(0).at(0).lon, f.parts.at(0).at(0).lat);
    case GeometryType::Line: {
        auto line = std::make_unique<OGRLineString>();
        for (const GeoPoint& p : f.parts.at(0))
            line->addPoint(p.lon, p.lat);
        return line;
    }
    case GeometryType::Polygon: {
        auto polygon = std::make_unique<OGRPolygon>();
        for (const auto& ring : f.parts) {
            OGRLinearRing r;
            for (const GeoPoint& p : ring)
                r.addPoint(p.lon, p.lat);
            r.closeRings();
            polygon->addRing(&r);
        }
        return polygon;
    }
    }
    return nullptr;
}

bool createField(OGRLayer& layer, const ExportField& field)
{
    static constexpr OGRFieldType kTypes[] = {OFTString, OFTReal, OFTDate, OFTInteger};
    OGRFieldDefn defn(field.name.toUtf8().constData(), kTypes[static_cast<int>(field.type)]);
    if (field.type == ExportField::Type::Boolean)
        defn.SetSubType(OFSTBoolean);
    return layer.CreateField(&defn) == OGRERR_NONE;
}

void setValue(OGRFeature& f, int i, ExportField::Type type, const QVariant& v)
{
    if (v.isNull()) {
        f.SetFieldNull(i);
        return;
    }
    switch (type) {
    case ExportField::Type::Text:
        f.SetField(i, v.toString().toUtf8().constData());
        break;
    case ExportField::Type::Real:
        f.SetField(i, v.toDouble());
        break;
    case ExportField::Type::Date: {
        const QDate d = v.toDate();
        f.SetField(i, d.year(), d.month(), d.day());
        break;
    }
    case ExportField::Type::Boolean:
        f.SetField(i, v.toBool() ? 1 : 0);
        break;
    }
}

bool writeLayer(GDALDataset& ds, const ExportLayer& layer)
{
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // lon, lat
    OGRLayer* out =
        ds.CreateLayer(layer.name.toUtf8().constData(), &wgs84, ogrType(layer.geometry), nullptr);
    if (!out)
        return false;
    for (const ExportField& field : layer.fields)
        if (!createField(*out, field))
            return false;
    if (out->StartTransaction() != OGRERR_NONE)
        return false;
    for (const ExportFeature& feature : layer.features) {
        OGRFeature f(out->GetLayerDefn());
        for (std::size_t i = 0; i < layer.fields.size(); ++i)
            setValue(f, static_cast<int>(i), layer.fields[i].type, feature.values.value(i));
        f.SetGeometryDirectly(geometry(feature).release());
        if (out->CreateFeature(&f) != OGRERR_NONE)
            return false;
    }
    return out->CommitTransaction() == OGRERR_NONE;
}

// The file's bytes as GDAL's driver writes it, built in /vsimem; empty with `error` set on
// failure. `suffix` matters: the GeoPackage driver warns about any other.
QByteArray encode(const char* driverName, const char* suffix,
                  const std::vector<const ExportLayer*>& layers, QString& error)
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
    const ProjForkGuard guard; // the layers' CRS, in memory; written to disk after
    static std::atomic<int> serial{0};
    const QByteArray folder =
        QByteArrayLiteral("/vsimem/frontier-export-") + QByteArray::number(serial++);
    const QByteArray path = folder + QByteArrayLiteral("/layers") + suffix;
    CPLErrorReset();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    bool ok = false;
    if (GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName)) {
        GDALDatasetUniquePtr ds(driver->Create(path.constData(), 0, 0, 0, GDT_Unknown, nullptr));
        ok = ds != nullptr;
        for (const ExportLayer* layer : layers)
            ok = ok && writeLayer(*ds, *layer);
        if (ok) {
            ds->FlushCache(true);
            ds.reset(); // closes: the file is whole only now
        }
        ok = ok && CPLGetLastErrorType() < CE_Failure;
    }
    CPLPopErrorHandler();
    QByteArray bytes;
    vsi_l_offset size = 0;
    if (ok)
        if (GByte* data = VSIGetMemFileBuffer(path.constData(), &size, FALSE))
            bytes = QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (!ok || bytes.isEmpty())
        error = QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
    VSIRmdirRecursive(folder.constData()); // the file and any journal GDAL left beside it
    return bytes;
}

} // namespace

QString VectorFileWriter::writeGeoPackage(const QString& path,
                                          const std::vector<ExportLayer>& layers)
{
    std::vector<const ExportLayer*> all;
    for (const ExportLayer& l : layers)
        all.push_back(&l);
    QString error;
    const QByteArray bytes = encode("GPKG", ".gpkg", all, error);
    if (bytes.isEmpty())
        return QStringLiteral("%1: cannot encode a GeoPackage: %2").arg(path, error);
    return AtomicFiles::save({{path, bytes}});
}

QString VectorFileWriter::writeGeoJson(const std::vector<std::pair<QString, ExportLayer>>& files)
{
    std::vector<AtomicFiles::File> encoded;
    for (const auto& [path, layer] : files) {
        QString error;
        const QByteArray bytes = encode("GeoJSON", ".geojson", {&layer}, error);
        if (bytes.isEmpty())
            return QStringLiteral("%1: cannot encode GeoJSON: %2").arg(path, error);
        encoded.push_back({path, bytes});
    }
    return AtomicFiles::save(encoded);
}

} // namespace frontier
