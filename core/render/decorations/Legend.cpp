#include "Legend.h"

#include "DecorationLayout.h"
#include "LegendLayout.h"
#include "model/Dataset.h"
#include "render/MapText.h"
#include "render/RenderContext.h"
#include "render/SymbolPainter.h"
#include "render/TextPainter.h"
#include "render/ViewSprites.h"
#include "time/Timeline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <set>

namespace frontier {
namespace {

// The rows for the states at the settings' date, and at its compare date when it has one:
// comparing two dates, the legend explains both.
std::vector<Legend::Entry> rowsFor(const Timeline& timeline, std::vector<FeatureState> states,
                                   const MapSettings& settings)
{
    if (settings.compareDate.isValid()) {
        const std::vector<FeatureState> other = timeline.stateAt(settings.compareDate);
        states.insert(states.end(), other.begin(), other.end());
    }
    return Legend::entries(timeline.dataset(), states, settings);
}

// Draws `rows` laid out as `l`.
void paintRows(QPainter& painter, const RenderContext& c, const LegendLayout& l,
               const std::vector<Legend::Entry>& rows)
{
    using Kind = Legend::Entry::Kind;
    using Entry = Legend::Entry;
    constexpr double kSymbolScale = Legend::kSymbolScale;
    painter.translate(l.box.topLeft());
    painter.scale(l.scale, l.scale);
    painter.setPen(QPen(c.style.panelLine, c.style.panelLineWidth));
    painter.setBrush(c.style.panel);
    painter.drawRoundedRect(QRectF(QPointF(0, 0), l.size), 4, 4);

    const SymbolPainter symbols(c.style);
    const QFont head = c.font(12.5, true);
    const QFont text = c.font(12);
    const QColor none(0, 0, 0, 0);
    const Qt::Alignment align =
        (!rows.empty() && rows.front().text.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft) |
        Qt::AlignVCenter;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Entry& e = rows[i];
        const QPointF sym = l.places[i].symbol;
        const QRectF& line = l.places[i].text;
        const QLineF stroke(sym.x() - 9, sym.y(), sym.x() + 9, sym.y());
        switch (e.kind) {
        case Kind::Heading:
            TextPainter::draw(painter, line, head, e.text, c.style.text, none, 0, align);
            continue;
        case Kind::Status: {
            const SymbolPainter::SideLook neutral{c.style.neutralFill, false, {}};
            symbols.drawCrossing(
                painter, sym,
                {neutral, neutral, static_cast<CrossingStatus>(e.value), false, false},
                kSymbolScale);
            break;
        }
        case Kind::Controller:
        case Kind::Unknown: {
            const QRectF r(sym.x() - 7, sym.y() - 6, 14, 12);
            symbols.fillControl(painter, r, c.actorColor(e.value), e.kind == Kind::Unknown);
            painter.setPen(QPen(c.style.swatchLine, c.style.swatchLineWidth));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r);
            break;
        }
        case Kind::Ribbon: {
            // The frontier runs south-west to north-east: Syria west of it, Iraq east.
            const SymbolPainter::BandLook grey{{c.style.swatchLine, false, {}}, false, false};
            const QPolygonF diagonal{sym + QPointF(-6, 6), sym + QPointF(6, -6)};
            symbols.drawBand(painter, diagonal, false, grey, kSymbolScale);
            symbols.drawBand(painter, diagonal, true, grey, kSymbolScale);
            painter.setPen(QPen(c.style.frontier, c.style.frontierWidth * kSymbolScale,
                                Qt::SolidLine, Qt::FlatCap));
            painter.drawPolyline(diagonal);
            break;
        }
        case Kind::Area: {
            const DatedArea& area = c.dataset().areas()[static_cast<std::size_t>(e.value)];
            if (area.isPoint()) {
                symbols.drawAreaMarker(painter, sym, area.approximate());
            } else {
                QPainterPath swatch;
                swatch.addRect(QRectF(sym.x() - 7, sym.y() - 6, 14, 12));
                symbols.drawArea(painter, swatch, area.approximate());
            }
            break;
        }
        case Kind::CoHolder:
            symbols.drawCoHolder(painter, sym, c.actorColor(e.value));
            break;
        case Kind::Mark:
            if (e.value == static_cast<int>(SymbolPainter::Mark::Approximate) &&
                c.settings.hasLayer(MapLayerId::Ribbons)) {
                // The mark, and beside it a piece of band as the ribbons show it (lightly
                // hatched), in one row: the legend's height is fixed.
                const double r = c.style.markRadius * kSymbolScale;
                symbols.drawMark(painter, sym - QPointF(r + 1, 0), SymbolPainter::Mark::Approximate,
                                 kSymbolScale);
                const SymbolPainter::BandLook grey{{c.style.swatchLine, false, {}}, true, false};
                const double mid = symbols.bandReach() - c.style.ribbonWidth / 2;
                symbols.drawBand(painter, {sym + QPointF(1, -mid), sym + QPointF(9, -mid)}, true,
                                 grey);
                break;
            }
            symbols.drawMark(painter, sym, static_cast<SymbolPainter::Mark>(e.value));
            break;
        case Kind::Frontier: {
            painter.setPen(
                QPen(c.style.frontierCasing, c.style.frontierWidth + c.style.frontierCasingExtra));
            painter.drawLine(stroke);
            QPen pen(c.style.frontier, c.style.frontierWidth, Qt::SolidLine, Qt::FlatCap);
            pen.setDashPattern(c.style.frontierDash);
            painter.setPen(pen);
            painter.drawLine(stroke);
            break;
        }
        case Kind::River:
            painter.setPen(QPen(c.style.river, c.style.riverWidth));
            painter.drawLine(stroke);
            break;
        }
        TextPainter::draw(painter, line, text, e.text, c.style.text, none, 0, align);
    }
}

} // namespace

QSizeF Legend::size(QSizeF mapSize) const
{
    const double height = std::clamp(mapSize.height() - 98, 0.0, LegendLayout::kMaxHeight);
    return {height < LegendLayout::kMaxHeight ? LegendLayout::kCompactWidth : LegendLayout::kWidth,
            height};
}

std::vector<Legend::Entry> Legend::entries(const Dataset& d, std::span<const FeatureState> states,
                                           const MapSettings& settings)
{
    using Kind = Entry::Kind;
    const auto text = [&settings](const char* source) {
        return MapText::text(settings.labels, source);
    };
    const auto actor = [&](int a) {
        return MapText::actorName(d.actors()[static_cast<std::size_t>(a)], settings.labels);
    };
    // Controllers and co-holders drawn at this date, in the actors file's order: on the
    // crossings and, when the ribbons are drawn, on the sectors.
    const bool ribbons = settings.hasLayer(MapLayerId::Ribbons) && !d.sectors().empty();
    std::set<int> controllers, coHolders;
    bool anyUnknown = false;
    for (const FeatureState& s : states) {
        if (!ribbons && d.feature(s.feature).isSector())
            continue;
        for (const SideState& side : s.sides) {
            if (side.controller < 0 || side.controller == d.unknownActor())
                anyUnknown = true;
            else
                controllers.insert(side.controller);
            coHolders.insert(side.with.begin(), side.with.end());
        }
    }
    std::vector<Entry> e;
    e.push_back({Kind::Heading, text(QT_TRANSLATE_NOOP("Map", "Crossing status"))});
    for (const auto& [st, name] :
         {std::pair{CrossingStatus::Open, QT_TRANSLATE_NOOP("Map", "Open")},
          {CrossingStatus::Restricted, QT_TRANSLATE_NOOP("Map", "Restricted")},
          {CrossingStatus::Closed, QT_TRANSLATE_NOOP("Map", "Closed")},
          {CrossingStatus::Unknown, QT_TRANSLATE_NOOP("Map", "Unknown")}})
        e.push_back({Kind::Status, text(name), static_cast<int>(st)});
    e.push_back(
        {Kind::Heading, text(QT_TRANSLATE_NOOP("Map", "Held by (disc: west SY, east IQ)"))});
    for (int a : controllers)
        e.push_back({Kind::Controller, actor(a), a});
    if (anyUnknown)
        e.push_back(
            {Kind::Unknown, text(QT_TRANSLATE_NOOP("Map", "Unknown: no source covers it"))});
    if (ribbons)
        e.push_back(
            {Kind::Ribbon, text(QT_TRANSLATE_NOOP("Map", "Sector bands: SY west, IQ east"))});
    if (!coHolders.empty()) {
        e.push_back({Kind::Heading,
                     ribbons ? text(QT_TRANSLATE_NOOP("Map", "Alongside (dot; stripe on a band)"))
                             : text(QT_TRANSLATE_NOOP("Map", "Alongside (dot on that side)"))});
        for (int a : coHolders)
            e.push_back({Kind::CoHolder, actor(a), a});
    }
    e.push_back({Kind::Heading, text(QT_TRANSLATE_NOOP("Map", "Marks"))});
    e.push_back({Kind::Mark, text(QT_TRANSLATE_NOOP("Map", "Date known to month or year")),
                 static_cast<int>(SymbolPainter::Mark::Approximate)});
    e.push_back({Kind::Mark, text(QT_TRANSLATE_NOOP("Map", "Disputed: sources disagree")),
                 static_cast<int>(SymbolPainter::Mark::Disputed)});
    e.push_back({Kind::Heading, text(QT_TRANSLATE_NOOP("Map", "Map"))});
    if (settings.hasLayer(MapLayerId::DatedAreas))
        for (std::size_t i = 0; i < d.areas().size(); ++i)
            if (d.areas()[i].holdsOn(settings.date) ||
                (settings.compareDate.isValid() && d.areas()[i].holdsOn(settings.compareDate)))
                e.push_back({Kind::Area, MapText::areaName(d.areas()[i], settings.labels),
                             static_cast<int>(i)});
    e.push_back({Kind::Frontier, text(QT_TRANSLATE_NOOP("Map", "Iraq–Syria boundary"))});
    e.push_back({Kind::River, text(QT_TRANSLATE_NOOP("Map", "River"))});
    return e;
}

QSizeF Legend::seriesBox(const Timeline& timeline, MapSettings settings,
                         std::span<const Date> dates, const QRectF& area)
{
    std::vector<std::vector<Entry>> rows;
    bool compact = false;
    for (const Date date : dates) {
        settings.date = date;
        rows.push_back(rowsFor(timeline, timeline.stateAt(date), settings));
        compact =
            compact || LegendLayout::arrange(rows.back(), false).size.height() > area.height();
    }
    QSizeF box;
    for (const auto& r : rows)
        box = box.expandedTo(LegendLayout::arrange(r, compact).size);
    return box;
}

QPointF Legend::symbolCentre(const QRectF& area, const std::vector<Entry>& entries,
                             std::size_t index, QSizeF box)
{
    const LegendLayout l = LegendLayout::in(area, entries, box);
    return l.toMap(l.places[index].symbol);
}

void Legend::paint(QPainter& painter, const RenderContext& c, const QRectF& area) const
{
    std::vector<Entry> rows = rowsFor(c.timeline, c.states, c.settings);
    const LegendLayout l = LegendLayout::in(area, rows, c.settings.legendBox);
    // Scaled down, the hatches would not keep their phase in a sprite (Qt anchors a pattern
    // brush to device pixels, and a scaled pattern repeats at a fraction of them).
    if (!c.sprites || l.scale != 1) {
        paintRows(painter, c, l, rows);
        return;
    }
    ViewSprites::LegendRows key{std::move(rows), area};
    if (c.sprites->draw(painter, key))
        return;
    const std::vector<Entry> drawn = key.rows;
    // The box and its outline's antialiasing.
    const QRectF bounds = l.box.adjusted(-2, -2, 2, 2);
    c.sprites->paint(painter, std::move(key), bounds,
                     [&](QPainter& p) { paintRows(p, c, l, drawn); });
}

} // namespace frontier
