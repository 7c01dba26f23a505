#include "AreaReader.h"

#include "FieldReader.h"
#include "JsonFile.h"

#include <QFileInfo>
#include <QSet>

#include <cmath>

namespace frontier {
namespace {

std::optional<GeoPoint> position(const QJsonValue& v)
{
    const QJsonArray c = v.toArray();
    if (c.size() < 2 || !c[0].isDouble() || !c[1].isDouble())
        return std::nullopt;
    const GeoPoint p{c[0].toDouble(), c[1].toDouble()};
    if (!(std::abs(p.lon) <= 180 && std::abs(p.lat) <= 90))
        return std::nullopt;
    return p;
}

// The geometry into `a`: a Point, or a Polygon whose rings each have at least four positions.
void readGeometry(const QJsonValue& geometry, DatedArea& a, FieldReader& r)
{
    const QJsonObject g = geometry.toObject();
    const QString type = g.value(QStringLiteral("type")).toString();
    const QJsonValue coordinates = g.value(QStringLiteral("coordinates"));
    if (type == QLatin1String("Point")) {
        if (const auto p = position(coordinates))
            a.point = *p;
        else
            r.problem(QStringLiteral("geometry"),
                      QStringLiteral("a Point needs [lon, lat] within ±180, ±90"));
        return;
    }
    if (type != QLatin1String("Polygon")) {
        r.problem(QStringLiteral("geometry"), QStringLiteral("expected a Polygon or a Point"));
        return;
    }
    for (const QJsonValue& ringValue : coordinates.toArray()) {
        std::vector<GeoPoint> ring;
        for (const QJsonValue& v : ringValue.toArray()) {
            const auto p = position(v);
            if (!p) {
                r.problem(QStringLiteral("geometry"),
                          QStringLiteral("a Polygon's positions are [lon, lat] within ±180, ±90"));
                return;
            }
            ring.push_back(*p);
        }
        if (ring.size() < 4 || !(ring.front() == ring.back())) {
            r.problem(QStringLiteral("geometry"),
                      QStringLiteral("a Polygon ring needs four or more positions, closed"));
            return;
        }
        a.rings.push_back(std::move(ring));
    }
    if (a.rings.empty()) {
        r.problem(QStringLiteral("geometry"), QStringLiteral("a Polygon needs a ring"));
        return;
    }
    // The label point: the exterior ring's vertex mean (the areas are convex or nearly so).
    double lon = 0, lat = 0;
    const auto& outer = a.rings.front();
    for (std::size_t i = 0; i + 1 < outer.size(); ++i) {
        lon += outer[i].lon;
        lat += outer[i].lat;
    }
    const auto n = static_cast<double>(outer.size() - 1);
    a.point = {lon / n, lat / n};
}

} // namespace

std::optional<DatedArea> AreaReader::read(const Record& record, const QString& file,
                                          const QHash<QString, int>& sources,
                                          LoadProblems& problems)
{
    const std::size_t before = problems.size();
    FieldReader r(record.properties, file,
                  JsonFile::featureName(record.properties, record.position), problems);
    DatedArea a;
    a.id = r.requiredString(QStringLiteral("id"));
    a.name = r.requiredString(QStringLiteral("name"));
    a.nameAr = r.optionalString(QStringLiteral("name_ar"));
    a.kind = r.requiredString(QStringLiteral("kind"));
    const auto [start, end] = r.span(QStringLiteral("start"), QStringLiteral("end"));
    a.end = end;
    a.confidence = r.confidence(QStringLiteral("confidence")).value_or(Confidence::Medium);
    a.sources = r.resolve(r.stringList(QStringLiteral("sources"), true), sources,
                          QStringLiteral("sources"), QStringLiteral("source"));
    a.note = r.optionalString(QStringLiteral("note"));
    readGeometry(record.geometry, a, r);
    if (problems.size() != before || !start)
        return std::nullopt;
    a.start = *start;
    return a;
}

std::vector<DatedArea> AreaReader::read(const std::vector<Record>& records, const QString& file,
                                        const QHash<QString, int>& sources, LoadProblems& problems)
{
    std::vector<DatedArea> areas;
    QSet<QString> seen;
    for (const Record& record : records) {
        auto area = read(record, file, sources, problems);
        if (!record.id.isEmpty() && seen.contains(record.id))
            problems.push_back(
                {file, record.id, QStringLiteral("id"), FieldReader::duplicateIdReason(record.id)});
        seen.insert(record.id);
        if (area)
            areas.push_back(std::move(*area));
    }
    return areas;
}

} // namespace frontier
