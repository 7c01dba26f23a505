#include "EventReader.h"

#include "EventMemo.h"
#include "FieldReader.h"
#include "JsonFile.h"
#include "Region.h"

#include <QFileInfo>
#include <QSet>

#include <thread>

namespace frontier {
namespace {

int resolveOne(const QString& id, const QHash<QString, int>& index, const QString& field,
               const QString& what, FieldReader& r)
{
    if (id.isEmpty())
        return -1;
    const auto v = r.resolve({id}, index, field, what);
    return v.empty() ? -1 : v.front();
}

std::optional<GeoPoint> readPoint(const QJsonValue& geometry, FieldReader& r)
{
    if (geometry.isNull() || geometry.isUndefined())
        return std::nullopt;
    const QJsonObject g = geometry.toObject();
    const QJsonArray c = g.value(QStringLiteral("coordinates")).toArray();
    if (!geometry.isObject() ||
        g.value(QStringLiteral("type")).toString() != QLatin1String("Point")) {
        r.problem(QStringLiteral("geometry"), QStringLiteral("expected null or a Point"));
        return std::nullopt;
    }
    if (c.size() < 2 || !c[0].isDouble() || !c[1].isDouble()) {
        r.problem(QStringLiteral("geometry"), QStringLiteral("a Point needs [lon, lat] numbers"));
        return std::nullopt;
    }
    const GeoPoint p{c[0].toDouble(), c[1].toDouble()};
    if (!Region::contains(p)) {
        r.problem(QStringLiteral("geometry"),
                  QStringLiteral("coordinates %1, %2 are outside the frontier region (%3)")
                      .arg(p.lon)
                      .arg(p.lat)
                      .arg(Region::description()));
        return std::nullopt;
    }
    return p;
}

std::vector<Claim> readClaims(const QJsonValue& value, const EventReader::Ids& ids, FieldReader& r)
{
    std::vector<Claim> claims;
    if (value.isUndefined() || value.isNull())
        return claims;
    if (!value.isArray()) {
        r.problem(QStringLiteral("claims"), QStringLiteral("expected an array of claims"));
        return claims;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject()) {
            r.problem(QStringLiteral("claims"), QStringLiteral("each claim must be an object"));
            continue;
        }
        const QJsonObject o = array[i].toObject();
        FieldReader cr(o, r.file(), r.feature(), r.problems(),
                       QStringLiteral("claims[%1].").arg(i));
        Claim c;
        c.field = cr.requiredString(QStringLiteral("field"));
        const QJsonValue v = o.value(QStringLiteral("value"));
        c.value = v.isDouble() ? QString::number(v.toDouble())
                               : cr.optionalString(QStringLiteral("value"));
        c.note = cr.optionalString(QStringLiteral("note"));
        c.sources = cr.resolve(cr.stringList(QStringLiteral("sources"), true), ids.sources,
                               QStringLiteral("sources"), QStringLiteral("source"));
        if (c.field == QLatin1String("date") && !Date::parse(c.value))
            cr.problem(
                QStringLiteral("value"),
                QStringLiteral("claimed date \"%1\" is not an ISO date").arg(c.value.left(40)));
        c.until = cr.date(QStringLiteral("until"), false);
        claims.push_back(std::move(c));
    }
    return claims;
}

} // namespace

std::optional<Event> EventReader::read(const Record& record, const QString& file, const Ids& ids,
                                       LoadProblems& problems)
{
    const QJsonObject& props = record.properties;
    const std::size_t before = problems.size();
    FieldReader r(props, file, JsonFile::featureName(props, record.position), problems);

    Event e;
    e.id = r.requiredString(QStringLiteral("id"));
    const auto [date, end] = r.span(QStringLiteral("date"), QStringLiteral("end"));
    e.end = end;
    const QString kind = r.requiredString(QStringLiteral("kind"));
    const auto k = eventKindFromName(kind);
    if (!kind.isEmpty() && !k)
        r.problem(
            QStringLiteral("kind"),
            QStringLiteral("unknown kind \"%1\" (control, status, incident, statement or report)")
                .arg(kind.left(40)));
    // An event concerns a crossing or a sector (a frontier feature), or neither.
    const QString crossing = r.optionalString(QStringLiteral("crossing"));
    const QString sector = r.optionalString(QStringLiteral("sector"));
    if (!crossing.isEmpty() && !sector.isEmpty())
        r.problem(QStringLiteral("sector"),
                  QStringLiteral("an event concerns a crossing or a sector, not both"));
    else if (!sector.isEmpty())
        e.feature =
            resolveOne(sector, ids.sectors, QStringLiteral("sector"), QStringLiteral("sector"), r);
    else
        e.feature = resolveOne(crossing, ids.crossings, QStringLiteral("crossing"),
                               QStringLiteral("crossing"), r);
    const QString side = r.optionalString(QStringLiteral("side"));
    e.side = sideFromCode(side);
    if (!side.isEmpty() && !e.side)
        r.problem(QStringLiteral("side"),
                  QStringLiteral("expected \"IQ\" or \"SY\", found \"%1\"").arg(side.left(20)));
    e.actor = resolveOne(r.optionalString(QStringLiteral("actor")), ids.actors,
                         QStringLiteral("actor"), QStringLiteral("actor"), r);
    e.with = r.resolve(r.stringList(QStringLiteral("with")), ids.actors, QStringLiteral("with"),
                       QStringLiteral("actor"));
    const QString status = r.optionalString(QStringLiteral("status"));
    e.status = statusFromName(status);
    if (!status.isEmpty() && !e.status)
        r.problem(QStringLiteral("status"),
                  QStringLiteral("unknown status \"%1\" (open, closed, restricted or unknown)")
                      .arg(status.left(40)));
    e.restriction = r.optionalString(QStringLiteral("restriction"));
    e.summary = r.optionalString(QStringLiteral("summary"));
    e.sources = r.resolve(r.stringList(QStringLiteral("sources"), true), ids.sources,
                          QStringLiteral("sources"), QStringLiteral("source"));
    e.confidence = r.confidence(QStringLiteral("confidence")).value_or(Confidence::Medium);
    e.casualties = r.number(QStringLiteral("casualties"));
    e.order = r.integer(QStringLiteral("order")).value_or(0);
    e.claims = readClaims(props.value(QStringLiteral("claims")), ids, r);
    for (std::size_t i = 0; i < e.claims.size(); ++i) {
        const Claim& c = e.claims[i];
        if (date && c.until && c.until->lastJulianDay() < date->julianDay())
            r.problem(QStringLiteral("claims[%1].until").arg(i),
                      QStringLiteral("claim until %1 is before the event's date %2")
                          .arg(c.until->toString(), date->toString()));
    }
    e.point = readPoint(record.geometry, r);
    r.date(QStringLiteral("retired"), false);

    // Missing fields a kind needs (a present but bad value was reported above already).
    const auto need = [&](const char* field, const QString& what) {
        if (!r.has(QLatin1String(field)))
            r.problem(QLatin1String(field), what);
    };
    if (k) {
        e.kind = *k;
        if (e.kind == EventKind::Status) {
            need("status", QStringLiteral("a status event needs a status"));
            if (!sector.isEmpty())
                r.problem(QStringLiteral("sector"),
                          QStringLiteral("a status event concerns a crossing; a sector has none"));
            else
                need("crossing", QStringLiteral("a status event needs a crossing"));
        }
        if (e.kind == EventKind::Control) {
            need("actor", QStringLiteral("a control event needs an actor"));
            need("side", QStringLiteral("a control event needs a side"));
            if (sector.isEmpty())
                need("crossing", QStringLiteral("a control event needs a crossing or a sector"));
        }
    }
    if (problems.size() != before || !date)
        return std::nullopt;
    e.date = *date;
    return e;
}

std::vector<Event> EventReader::read(const std::vector<Record>& records, const QString& file,
                                     const Ids& ids, LoadProblems& problems, EventMemo* memo)
{
    if (memo)
        memo->begin(ids);
    // Records are independent: a large set is checked on two threads.
    std::vector<std::optional<Event>> checked(records.size());
    std::vector<char> known(memo ? records.size() : 0); // read from the memo
    const auto slice = [&](std::size_t from, std::size_t to, LoadProblems& out) {
        for (std::size_t i = from; i < to; ++i) {
            if (const Event* e = memo ? memo->find(records[i]) : nullptr) {
                checked[i] = *e;
                known[i] = 1;
            } else {
                checked[i] = read(records[i], file, ids, out);
            }
        }
    };
    if (records.size() < 1000) {
        slice(0, records.size(), problems);
    } else {
        const std::size_t half = records.size() / 2;
        LoadProblems second;
        std::thread worker([&] { slice(half, records.size(), second); });
        slice(0, half, problems);
        worker.join();
        problems.insert(problems.end(), second.begin(), second.end());
    }

    std::vector<Event> events;
    events.reserve(records.size());
    QSet<QString> seen;
    seen.reserve(static_cast<qsizetype>(records.size()));
    for (std::size_t i = 0; i < records.size(); ++i) {
        auto& e = checked[i];
        if (!e)
            continue;
        if (memo && !known[i])
            memo->keep(records[i], *e);
        if (seen.contains(e->id))
            problems.push_back(
                {file, e->id, QStringLiteral("id"), FieldReader::duplicateIdReason(e->id)});
        seen.insert(e->id);
        if (!isRetired(records[i]))
            events.push_back(std::move(*e));
    }
    if (memo)
        memo->trim(records);
    return events;
}

bool EventReader::isRetired(const Record& record)
{
    const QJsonValue retired = record.properties.value(QStringLiteral("retired"));
    return !retired.isUndefined() && !retired.isNull();
}

} // namespace frontier
