#include "TemporalLayers.h"

#include "time/Timeline.h"

#include <QDate>

#include <algorithm>
#include <utility>

namespace frontier {
namespace {

using Type = ExportField::Type;

QVariant day(std::int32_t jd)
{
    return QDate::fromJulianDay(jd);
}

QString precisionName(Date::Precision p)
{
    switch (p) {
    case Date::Precision::Day:
        return QStringLiteral("day");
    case Date::Precision::Month:
        return QStringLiteral("month");
    case Date::Precision::Year:
        return QStringLiteral("year");
    }
    return {};
}

// The first and last day the event's state holds, read from the intervals it governs so the
// file says what the map shows (up to the day before the next event on its track, or the last
// day of its `end`; null when open). An event that governs no interval (an incident, or a state
// a same-day event overrides) spans its own date through its `end`.
std::pair<QVariant, QVariant> eventSpan(const Timeline& t, int index)
{
    const Event& e = t.dataset().events()[static_cast<std::size_t>(index)];
    const Intervals* track = nullptr;
    if (e.kind == EventKind::Control && e.side && e.feature >= 0)
        track = &t.controlIntervals(e.feature, *e.side);
    else if (e.kind == EventKind::Status && e.feature >= 0)
        track = &t.statusIntervals(e.feature);
    std::int32_t start = kOpenEnd, end = kTimelineStart; // end exclusive
    if (track)
        for (const StateInterval& iv : *track)
            if (iv.event == index) {
                start = std::min(start, iv.start);
                end = std::max(end, iv.end);
            }
    if (start == kOpenEnd) {
        start = e.date.julianDay();
        end = (e.end ? e.end->lastJulianDay() : e.date.lastJulianDay()) + 1;
    }
    return {day(start), end == kOpenEnd ? QVariant() : day(end - 1)};
}

ExportLayer eventLayer(const Timeline& t, const std::vector<int>& events)
{
    const Dataset& d = t.dataset();
    ExportLayer layer{QStringLiteral("events"),
                      GeometryType::Point,
                      {{QStringLiteral("id")},
                       {QStringLiteral("date")},
                       {QStringLiteral("precision")},
                       {QStringLiteral("start"), Type::Date},
                       {QStringLiteral("end"), Type::Date},
                       {QStringLiteral("kind")},
                       {QStringLiteral("feature")},
                       {QStringLiteral("feature_kind")},
                       {QStringLiteral("side")},
                       {QStringLiteral("actor")},
                       {QStringLiteral("with")},
                       {QStringLiteral("status")},
                       {QStringLiteral("restriction")},
                       {QStringLiteral("summary")},
                       {QStringLiteral("sources")},
                       {QStringLiteral("confidence")},
                       {QStringLiteral("disputed"), Type::Boolean}},
                      {}};
    for (int i : events) {
        const Event& e = d.events()[static_cast<std::size_t>(i)];
        if (e.feature < 0 && !e.point)
            continue;
        const FrontierFeature* f = e.feature < 0 ? nullptr : &d.feature(e.feature);
        QStringList with;
        for (int w : e.with)
            with << d.actorId(w);
        const auto [start, end] = eventSpan(t, i);
        const auto text = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };
        layer.features.push_back(
            {GeometryType::Point,
             {{e.point ? *e.point : f->point}},
             {e.id, e.date.toString(), precisionName(e.date.precision()), start, end,
              eventKindName(e.kind), f ? QVariant(f->id) : QVariant(),
              f ? QVariant(f->isSector() ? QStringLiteral("sector") : QStringLiteral("crossing"))
                : QVariant(),
              e.side ? QVariant(sideCode(*e.side)) : QVariant(),
              e.actor < 0 ? QVariant() : QVariant(d.actorId(e.actor)),
              text(with.join(QLatin1Char(','))),
              e.status ? QVariant(statusName(*e.status)) : QVariant(), text(e.restriction),
              e.summary, d.sourceIds(e.sources).join(QLatin1Char(',')),
              confidenceName(e.confidence), e.isDisputed()}});
    }
    return layer;
}

ExportLayer sectorLayer(const Dataset& d)
{
    ExportLayer layer{QStringLiteral("sectors"),
                      GeometryType::Line,
                      {{QStringLiteral("id")},
                       {QStringLiteral("name")},
                       {QStringLiteral("name_ar")},
                       {QStringLiteral("from_km"), Type::Real},
                       {QStringLiteral("to_km"), Type::Real},
                       {QStringLiteral("governorates")}},
                      {}};
    for (const FrontierFeature& s : d.sectors())
        layer.features.push_back({GeometryType::Line,
                                  {d.frontierLine().slice(s.fromKm, s.toKm)},
                                  {s.id, s.name, s.nameAr, s.fromKm, s.toKm,
                                   s.side(Side::IQ).governorate + QStringLiteral(" / ") +
                                       s.side(Side::SY).governorate}});
    return layer;
}

ExportLayer areaLayer(const Dataset& d)
{
    ExportLayer layer{QStringLiteral("areas"),
                      std::nullopt, // polygons, and points where no outline is known
                      {{QStringLiteral("id")},
                       {QStringLiteral("name")},
                       {QStringLiteral("kind")},
                       {QStringLiteral("start"), Type::Date},
                       {QStringLiteral("end"), Type::Date},
                       {QStringLiteral("confidence")},
                       {QStringLiteral("sources")}},
                      {}};
    for (const DatedArea& a : d.areas())
        layer.features.push_back(
            {a.isPoint() ? GeometryType::Point : GeometryType::Polygon,
             a.isPoint() ? std::vector<std::vector<GeoPoint>>{{a.point}} : a.rings,
             {a.id, a.name, a.kind, day(a.start.julianDay()),
              a.end ? day(a.end->lastJulianDay()) : QVariant(), confidenceName(a.confidence),
              d.sourceIds(a.sources).join(QLatin1Char(','))}});
    return layer;
}

} // namespace

std::vector<ExportLayer> TemporalLayers::build(const Timeline& timeline,
                                               const std::vector<int>& events)
{
    return {eventLayer(timeline, events), sectorLayer(timeline.dataset()),
            areaLayer(timeline.dataset())};
}

} // namespace frontier
