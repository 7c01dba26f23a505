#include "OgrLayerReader.h"

#include "GdalSupport.h"
#include "Region.h"
#include "geo/ProjForkGuard.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>

namespace frontier {
namespace {

const char* typeName(GeometryType t)
{
    switch (t) {
    case GeometryType::Point:
        return "point";
    case GeometryType::Line:
        return "line";
    case GeometryType::Polygon:
        return "polygon";
    }
    return "";
}

void appendParts(const OGRGeometry& g, std::vector<std::vector<GeoPoint>>& parts)
{
    gdal::forEachPart(g, [&](const double* x, const double* y, int n) {
        std::vector<GeoPoint>& part = parts.emplace_back();
        part.reserve(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            part.push_back({x[i], y[i]});
    });
}

} // namespace

std::optional<VectorLayer> OgrLayerReader::read(const QString& path, const QString& layerName,
                                                GeometryType expected, LoadProblems& problems)
{
    gdal::registerDrivers();
    const ProjForkGuard guard; // the driver reads the layer's CRS (a small file: held throughout)
    const QString file = QFileInfo(path).fileName();
    gdal::ErrorCapture errors;
    static const char* const kDrivers[] = {"GeoJSON", "GeoJSONSeq", "GPKG", "ESRI Shapefile",
                                           nullptr};
    // An absolute path: GDAL then sees no driver prefix ("GPKG:", "GeoJSON:") or inline JSON.
    const QByteArray absolute = QFileInfo(path).absoluteFilePath().toUtf8();
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(absolute.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, kDrivers));
    if (!ds || ds->GetLayerCount() < 1) {
        const QString why =
            errors.last().isEmpty() ? QStringLiteral("not a readable vector file") : errors.last();
        problems.push_back({file, {}, {}, QStringLiteral("cannot open: %1").arg(why)});
        return std::nullopt;
    }

    VectorLayer layer;
    layer.name = layerName;
    layer.file = file;
    const std::size_t before = problems.size();
    OGRLayer* ogrLayer = ds->GetLayer(0);
    for (const auto& f : *ogrLayer) {
        Feature feature;
        const OGRFeatureDefn* defn = f->GetDefnRef();
        QStringList notUtf8;
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            if (!f->IsFieldSetAndNotNull(i))
                continue;
            const QString name = QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
            if (defn->GetFieldDefn(i)->GetType() == OFTStringList) {
                // As JSON text, the form GDAL gives a mixed array in (and a GeoPackage can hold).
                QJsonArray items;
                for (char** item = f->GetFieldAsStringList(i); item && *item; ++item) {
                    if (!CPLIsUTF8(*item, -1))
                        notUtf8 << name;
                    items.append(QString::fromUtf8(*item));
                }
                feature.attributes.insert(
                    name, QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)));
                continue;
            }
            const char* text = f->GetFieldAsString(i);
            // QString::fromUtf8 would silently turn bad bytes into U+FFFD.
            if (!CPLIsUTF8(text, -1))
                notUtf8 << name;
            feature.attributes.insert(name, QString::fromUtf8(text));
        }
        feature.id = feature.attributes.value(QStringLiteral("id"));
        if (feature.id.isEmpty())
            feature.id = QStringLiteral("#%1").arg(f->GetFID());
        for (const QString& name : notUtf8)
            problems.push_back({file, feature.id, name, QStringLiteral("text is not valid UTF-8")});

        const OGRGeometry* g = f->GetGeometryRef();
        if (!g || g->IsEmpty()) {
            problems.push_back({file, feature.id, QStringLiteral("geometry"),
                                QStringLiteral("missing or empty geometry")});
            continue;
        }
        const auto type = gdal::classify(g->getGeometryType());
        if (!type || *type != expected) {
            problems.push_back({file, feature.id, QStringLiteral("geometry"),
                                QStringLiteral("expected a %1 geometry, found %2")
                                    .arg(QLatin1String(typeName(expected)),
                                         QString::fromUtf8(g->getGeometryName()))});
            continue;
        }
        feature.type = *type;
        appendParts(*g, feature.parts);
        bool outside = false;
        for (const auto& part : feature.parts)
            for (const GeoPoint& p : part)
                outside = outside || !Region::contains(p);
        if (outside) {
            problems.push_back({file, feature.id, QStringLiteral("geometry"),
                                QStringLiteral("coordinates outside the frontier region (%1) or "
                                               "not finite")
                                    .arg(Region::description())});
            continue;
        }
        const bool shortLine = std::any_of(feature.parts.begin(), feature.parts.end(),
                                           [](const auto& part) { return part.size() < 2; });
        if (expected == GeometryType::Line && shortLine) {
            problems.push_back({file, feature.id, QStringLiteral("geometry"),
                                QStringLiteral("a line needs at least two points")});
            continue;
        }
        if (expected == GeometryType::Polygon && !g->IsValid()) {
            problems.push_back({file, feature.id, QStringLiteral("geometry"),
                                QStringLiteral("invalid polygon (self-intersecting or "
                                               "badly formed rings)")});
            continue;
        }
        layer.features.push_back(std::move(feature));
    }
    if (!errors.last().isEmpty() && problems.size() == before) {
        problems.push_back({file, {}, {}, QStringLiteral("read error: %1").arg(errors.last())});
    }
    if (problems.size() != before)
        return std::nullopt;
    return layer;
}

} // namespace frontier
