#include "OverlayReader.h"

#include "ColumnBuilder.h"
#include "CsvPointReader.h"
#include "CsvRows.h"
#include "DateFilterSql.h"
#include "GdalSupport.h"
#include "LayerSpec.h"
#include "LocalFile.h"
#include "OverlayDates.h"
#include "OverlaySource.h"
#include "RasterReader.h"
#include "geo/ProjForkGuard.h"
#include "model/Date.h"

#include <QDate>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>

namespace frontier {
namespace {

int findField(const OGRFeatureDefn& defn, std::initializer_list<const char*> names)
{
    for (const char* name : names)
        if (const int i = defn.GetFieldIndex(name); i >= 0)
            return i;
    return -1;
}

// A field's value as a date: a GDAL date, or text (see OverlayDates::parse).
std::optional<Date> fieldDate(const OGRFeature& f, int field)
{
    const OGRFieldType type = f.GetFieldDefnRef(field)->GetType();
    if (type == OFTDate || type == OFTDateTime) {
        int y = 0, m = 0, d = 0, h = 0, mi = 0, tz = 0;
        float s = 0;
        if (!const_cast<OGRFeature&>(f).GetFieldAsDateTime(field, &y, &m, &d, &h, &mi, &s, &tz) ||
            !QDate::isValid(y, m, d))
            return std::nullopt;
        return Date::fromYmd(y, m, d);
    }
    return OverlayDates::parse(f.GetFieldAsString(field));
}

TimeFilter timeFilterOf(const OverlayReader::Options& options, const Overlay& overlay)
{
    for (const QString& key : {overlay.layerName, overlay.name})
        if (const auto it = options.timeFilters.find(key); it != options.timeFilters.end())
            return it->second;
    return {};
}

bool fitsLonLat(const std::vector<GeoPoint>& points)
{
    return std::all_of(points.begin(), points.end(), [](const GeoPoint& p) {
        return p.lon >= -180 && p.lon <= 180 && p.lat >= -90 && p.lat <= 90;
    });
}

} // namespace

std::shared_ptr<const Overlay> OverlayReader::read(const QString& spec, LoadProblems& problems,
                                                   const Options& options)
{
    const LayerSpec given = LayerSpec::parse(spec);
    return read(given.path, given.layerName, problems, options);
}

std::shared_ptr<const Overlay> OverlayReader::reload(const Overlay& overlay, LoadProblems& problems)
{
    Options options;
    options.dateField = overlay.dateField;
    return read(overlay.path, overlay.layerName, problems, options);
}

std::shared_ptr<const Overlay> OverlayReader::read(const QString& path, const QString& layerName,
                                                   LoadProblems& problems, const Options& options)
{
    if (RasterReader::isRaster(path, layerName))
        return RasterReader::read(path, problems, layerName);
    // A CSV's one layer is named after its file (as a session saves it): naming it is no choice.
    const bool direct = (layerName.isEmpty() || layerName == QFileInfo(path).completeBaseName()) &&
                        LocalFile::localRefusal(path).isEmpty() && CsvPointReader::accepts(path);
    const std::shared_ptr<Overlay> overlay = direct
                                                 ? CsvPointReader::read(path, problems, options)
                                                 : readWithGdal(path, layerName, problems, options);
    if (!overlay)
        return nullptr;
    if (overlay->assumedWgs84 && !fitsLonLat(overlay->vertices)) {
        problems.push_back(
            {OverlaySource::nameOf(path),
             overlay->layerName,
             {},
             QStringLiteral("has no CRS, and its coordinates are not "
                            "longitude/latitude: give the file a CRS (e.g. a .prj)")});
        return nullptr;
    }
    if (overlay->isDated())
        overlay->sortByDate();
    return overlay;
}

std::shared_ptr<Overlay> OverlayReader::readWithGdal(const QString& path, const QString& layerName,
                                                     LoadProblems& problems, const Options& options)
{
    gdal::ErrorCapture errors;
    const OverlaySource source(path, layerName, problems, errors);
    const QString& file = source.name();
    if (!source.layer())
        return nullptr;
    OGRLayer& layer = *source.layer();
    const OGRFeatureDefn& defn = *layer.GetLayerDefn();
    if (layer.GetGeomType() == wkbNone) {
        problems.push_back({file,
                            {},
                            {},
                            QStringLiteral("no geometry: a CSV needs longitude/latitude, lon/lat, "
                                           "lng/lat or x/y columns, or a WKT column")});
        return nullptr;
    }

    auto overlay = std::make_shared<Overlay>();
    overlay->path = path;
    overlay->layerName = QString::fromUtf8(layer.GetName());
    if (source.isDatabase())
        overlay->name = overlay->layerName;
    else // a layer named in the spec may be one of several (a GeoPackage's raster tables count)
        overlay->name = source.layerCount() > 1 || (!layerName.isEmpty() &&
                                                    layerName != QFileInfo(path).completeBaseName())
                            ? QFileInfo(path).completeBaseName() + u':' + overlay->layerName
                            : QFileInfo(path).completeBaseName();

    // The CRS: GDAL's, or WGS84 when there is none and the coordinates fit.
    std::unique_ptr<OGRCoordinateTransformation> toWgs84;
    std::optional<ProjForkGuard> settingUp(std::in_place); // not held while the features are read
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (const OGRSpatialReference* srs = layer.GetSpatialRef()) {
        if (!srs->IsSame(&wgs84)) {
            OGRSpatialReference source(*srs);
            source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            toWgs84.reset(OGRCreateCoordinateTransformation(&source, &wgs84));
            if (!toWgs84) {
                problems.push_back({file,
                                    overlay->layerName,
                                    {},
                                    QStringLiteral("its CRS cannot be transformed to WGS84: %1")
                                        .arg(errors.last())});
                return nullptr;
            }
        }
    } else {
        overlay->assumedWgs84 = true; // checked once the coordinates are read
    }
    settingUp.reset();
    if (options.within && !toWgs84) {
        const auto& w = *options.within;
        layer.SetSpatialFilterRect(w[0], w[1], w[2], w[3]);
    }

    // The date: the chosen field, or the first of the usual names.
    int dateField = -1, endField = -1;
    if (!options.dateField.isEmpty()) {
        dateField = defn.GetFieldIndex(options.dateField.toUtf8().constData());
        if (dateField < 0) {
            problems.push_back({file, overlay->layerName, options.dateField,
                                QStringLiteral("no such field for the date")});
            return nullptr;
        }
    } else {
        dateField = findField(defn, {"event_date", "date", "start"});
    }
    if (dateField >= 0) {
        overlay->dateField = QString::fromUtf8(defn.GetFieldDefn(dateField)->GetNameRef());
        if (overlay->dateField.compare(QLatin1String("start"), Qt::CaseInsensitive) == 0)
            endField = findField(defn, {"end"});
    }
    const int precisionField = findField(defn, {"time_precision"});
    overlay->acled = precisionField >= 0 && findField(defn, {"event_type"}) >= 0 &&
                     findField(defn, {"event_id_cnty"}) >= 0;

    if (options.shownDuring && dateField >= 0 && source.isDatabase())
        pushDateFilter(layer, {dateField, endField, precisionField >= 0}, *options.shownDuring,
                       timeFilterOf(options, *overlay));

    const int fieldCount = defn.GetFieldCount();
    overlay->columns.resize(static_cast<std::size_t>(fieldCount));
    std::vector<ColumnBuilder> builders(static_cast<std::size_t>(fieldCount));
    for (int i = 0; i < fieldCount; ++i)
        overlay->columns[static_cast<std::size_t>(i)].name =
            QString::fromUtf8(defn.GetFieldDefn(i)->GetNameRef());
    overlay->partStarts.push_back(0);

    layer.ResetReading();
    for (OGRFeatureUniquePtr f(layer.GetNextFeature()); f; f.reset(layer.GetNextFeature())) {
        const auto id = [&f] { return QStringLiteral("#%1").arg(f->GetFID()); };
        OverlayFeature feature;
        feature.fid = f->GetFID();
        if (dateField >= 0) {
            const auto date = fieldDate(*f, dateField);
            if (!date) {
                problems.push_back(
                    {file, id(), overlay->dateField,
                     QStringLiteral("not a date (\"%1\")")
                         .arg(QString::fromUtf8(f->GetFieldAsString(dateField)).left(40))});
                continue;
            }
            OverlayDates::apply(feature, *date,
                                precisionField >= 0
                                    ? std::optional(f->GetFieldAsInteger(precisionField))
                                    : std::nullopt);
            if (endField >= 0 && f->IsFieldSetAndNotNull(endField)) {
                if (const auto end = fieldDate(*f, endField); end && *end >= *date)
                    feature.lastDay = end->lastJulianDay();
                else
                    problems.push_back({file, id(), QStringLiteral("end"),
                                        QStringLiteral("not a date on or after the start")});
            } else if (endField >= 0) {
                feature.lastDay = std::numeric_limits<std::int32_t>::max(); // still holds
            }
        }
        const OGRGeometry* g = f->GetGeometryRef();
        const auto type = g && !g->IsEmpty() ? gdal::classify(g->getGeometryType()) : std::nullopt;
        if (!type) {
            problems.push_back({file, id(), QStringLiteral("geometry"),
                                g && !g->IsEmpty()
                                    ? QStringLiteral("a %1 is not drawn (only points, lines and "
                                                     "polygons)")
                                          .arg(QString::fromUtf8(g->getGeometryName()))
                                    : QStringLiteral("missing or empty geometry")});
            continue;
        }
        feature.type = *type;
        feature.firstPart = static_cast<std::uint32_t>(overlay->partStarts.size() - 1);
        const std::size_t firstVertex = overlay->vertices.size();
        gdal::forEachPart(*g, [&](const double* x, const double* y, int n) {
            for (int i = 0; i < n; ++i)
                overlay->vertices.push_back({x[i], y[i]});
            overlay->partStarts.push_back(static_cast<std::uint32_t>(overlay->vertices.size()));
        });
        feature.partCount =
            static_cast<std::uint32_t>(overlay->partStarts.size() - 1 - feature.firstPart);
        bool finite = true;
        for (std::size_t v = firstVertex; v < overlay->vertices.size(); ++v)
            finite = finite && std::isfinite(overlay->vertices[v].lon) &&
                     std::isfinite(overlay->vertices[v].lat);
        if (!finite || feature.partCount == 0) {
            overlay->vertices.resize(firstVertex);
            overlay->partStarts.resize(feature.firstPart + 1);
            problems.push_back({file, id(), QStringLiteral("geometry"),
                                QStringLiteral("coordinates that are not finite")});
            continue;
        }
        for (int i = 0; i < fieldCount; ++i)
            builders[static_cast<std::size_t>(i)].add(overlay->columns[static_cast<std::size_t>(i)],
                                                      f->GetFieldAsString(i));
        overlay->features.push_back(feature);
    }
    if (toWgs84 && !overlay->vertices.empty()) {
        std::vector<double> x, y;
        x.reserve(overlay->vertices.size());
        y.reserve(overlay->vertices.size());
        for (const GeoPoint& p : overlay->vertices) {
            x.push_back(p.lon);
            y.push_back(p.lat);
        }
        std::vector<int> ok(x.size());
        toWgs84->Transform(x.size(), x.data(), y.data(), nullptr, ok.data());
        for (std::size_t i = 0; i < x.size(); ++i)
            overlay->vertices[i] = ok[i] ? GeoPoint{x[i], y[i]}
                                         : GeoPoint{std::numeric_limits<double>::infinity(),
                                                    std::numeric_limits<double>::infinity()};
    }
    if (!errors.last().isEmpty() && overlay->features.empty())
        problems.push_back({file, {}, {}, QStringLiteral("read error: %1").arg(errors.last())});
    return overlay;
}

std::vector<std::pair<QString, QString>> OverlayReader::attributes(const Overlay& overlay,
                                                                   std::size_t feature)
{
    std::vector<std::pair<QString, QString>> out;
    const bool allKept = std::all_of(overlay.columns.begin(), overlay.columns.end(),
                                     [](const Overlay::Column& c) { return c.kept; });
    OGRFeatureUniquePtr f;
    LoadProblems ignored;
    gdal::ErrorCapture errors;
    std::optional<OverlaySource> source;
    std::vector<std::string_view> row;
    std::optional<CsvRows> csv;
    if (!allKept && !overlay.rowOffsets.empty()) {
        csv.emplace(overlay.path, overlay.rowOffsets.at(feature));
        if (!csv->next(row))
            row.clear();
    } else if (!allKept) {
        source.emplace(overlay.path, overlay.layerName, ignored, errors);
        if (source->layer())
            f.reset(source->layer()->GetFeature(overlay.features.at(feature).fid));
    }
    for (std::size_t c = 0; c < overlay.columns.size(); ++c) {
        const Overlay::Column& column = overlay.columns[c];
        if (column.kept)
            out.emplace_back(column.name, overlay.value(feature, static_cast<int>(c)));
        else if (f)
            out.emplace_back(column.name,
                             QString::fromUtf8(f->GetFieldAsString(static_cast<int>(c))));
        else if (csv)
            out.emplace_back(
                column.name,
                c < row.size()
                    ? QString::fromUtf8(row[c].data(), static_cast<qsizetype>(row[c].size()))
                    : QString());
    }
    return out;
}

} // namespace frontier
