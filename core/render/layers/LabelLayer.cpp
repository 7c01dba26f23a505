#include "LabelLayer.h"

#include "render/LabelAnchor.h"
#include "render/LabelEngine.h"
#include "render/MapText.h"
#include "render/RenderContext.h"
#include "render/ScreenPath.h"
#include "render/SymbolPainter.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace frontier {
namespace {

// Where an area label may go when its anchor is taken, in label widths and heights, nearest first.
constexpr QPointF kAreaLabelShifts[] = {{0, 0},      {0, 1.6},  {0, -1.6}, {0, 3.2},  {0, -3.2},
                                        {0.8, 0},    {-0.8, 0}, {1.6, 0},  {-1.6, 0}, {1.6, 3.2},
                                        {1.6, -3.2}, {2.4, 0},  {3.2, 0}};

struct Candidate {
    QRectF rect;
    Qt::Alignment align;
};

// Positions around a point symbol of radius r, best first: right, left, above, below, diagonals.
std::vector<Candidate> around(QPointF p, QSizeF s, double r)
{
    const double g = r + 3;
    return {
        {{p.x() + g, p.y() - s.height() / 2, s.width(), s.height()},
         Qt::AlignLeft | Qt::AlignVCenter},
        {{p.x() - g - s.width(), p.y() - s.height() / 2, s.width(), s.height()},
         Qt::AlignRight | Qt::AlignVCenter},
        {{p.x() - s.width() / 2, p.y() - g - s.height(), s.width(), s.height()},
         Qt::AlignHCenter | Qt::AlignBottom},
        {{p.x() - s.width() / 2, p.y() + g, s.width(), s.height()},
         Qt::AlignHCenter | Qt::AlignTop},
        {{p.x() + g * 0.7, p.y() - g * 0.7 - s.height(), s.width(), s.height()},
         Qt::AlignLeft | Qt::AlignBottom},
        {{p.x() + g * 0.7, p.y() + g * 0.7, s.width(), s.height()}, Qt::AlignLeft | Qt::AlignTop},
        {{p.x() - g * 0.7 - s.width(), p.y() - g * 0.7 - s.height(), s.width(), s.height()},
         Qt::AlignRight | Qt::AlignBottom},
        {{p.x() - g * 0.7 - s.width(), p.y() + g * 0.7, s.width(), s.height()},
         Qt::AlignRight | Qt::AlignTop}};
}

// Places the label at the first free candidate and draws it; false if none is free.
bool placeAndDraw(QPainter& painter, const RenderContext& context,
                  const std::vector<Candidate>& candidates, const QFont& font, const QString& text)
{
    const Style& style = context.style;
    for (const Candidate& c : candidates) {
        if (!context.labels.tryPlace(c.rect.adjusted(-1, -1, 1, 1), text))
            continue;
        context.text.draw(painter, c.rect, font, text, style.text, style.halo, style.labelHalo,
                          c.align);
        return true;
    }
    return false;
}

double symbolRadius(const QString& kind)
{
    if (kind == QLatin1String("capital"))
        return 5.5;
    if (kind == QLatin1String("city"))
        return 4.0;
    if (kind == QLatin1String("airbase"))
        return 4.5;
    return 3.0;
}

void drawPlaceSymbol(QPainter& painter, QPointF p, const QString& kind, const Style& style)
{
    const double r = symbolRadius(kind);
    painter.setPen(QPen(style.placeOutline, style.placeOutlineWidth));
    painter.setBrush(style.text);
    if (kind == QLatin1String("capital")) {
        painter.drawRect(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r));
        painter.setBrush(style.placeOutline);
        painter.drawEllipse(p, r * 0.4, r * 0.4);
    } else if (kind == QLatin1String("airbase")) {
        const QPointF tri[3] = {
            {p.x(), p.y() - r * 1.2}, {p.x() - r, p.y() + r * 0.8}, {p.x() + r, p.y() + r * 0.8}};
        painter.drawPolygon(tri, 3);
    } else {
        painter.drawEllipse(p, r, r);
    }
}

// A point well inside the visible part of the feature (see LabelAnchor), in screen px.
std::optional<QPointF> anchorOf(const ProjectedFeature& f, const RenderContext& c)
{
    if (!ScreenPath::visible(f, c.viewport))
        return std::nullopt;
    constexpr double kMinStep2 = 16; // (4 px)^2: the anchor needs no finer outline
    std::vector<QPolygonF> rings;
    for (const auto& part : f.parts) {
        QPolygonF ring;
        for (const MapPoint& m : part) {
            const QPointF p = c.toScreen(m);
            if (ring.isEmpty() ||
                QPointF::dotProduct(p - ring.back(), p - ring.back()) >= kMinStep2)
                ring.append(p);
        }
        if (ring.size() >= 3)
            rings.push_back(std::move(ring));
    }
    return LabelAnchor::visibleInterior(rings, QRectF(QPointF(0, 0), c.settings.logicalSize()));
}

} // namespace

void LabelLayer::paint(QPainter& painter, const RenderContext& c) const
{
    LabelEngine& engine = c.labels;
    const double crossingRadius = SymbolPainter(c.style).extent() + 3;
    const LabelLanguage lang = c.settings.labels;
    const QRectF screen(QPointF(0, 0), c.settings.logicalSize());
    const Dataset& d = c.dataset();

    // No label covers the frontier: it is what the map is about.
    if (c.settings.hasLayer(MapLayerId::Frontier))
        for (const ProjectedFeature& f : c.projected.layer(BaseLayer::Frontier))
            for (const auto& part : f.parts) {
                QPolygonF line;
                line.reserve(static_cast<qsizetype>(part.size()));
                for (const MapPoint& m : part)
                    line.append(c.toScreen(m));
                engine.avoidLine(line, c.style.frontierWidth * c.style.frontierBandFactor);
            }

    // FrontierFeature markers are drawn later (they depend on the date) but their room is kept now.
    std::vector<QPointF> crossingPoints;
    if (c.settings.hasLayer(MapLayerId::Crossings)) {
        for (const MapPoint& m : c.projected.crossings()) {
            const QPointF p = c.toScreen(m);
            crossingPoints.push_back(p);
            engine.reserve(QRectF(p.x() - crossingRadius, p.y() - crossingRadius,
                                  2 * crossingRadius, 2 * crossingRadius));
        }
    }

    // A dated area known by a point (a camp) is drawn with the date, later, over any label put
    // there: its room is kept now, on every date, so no name lands on it or moves with the slider.
    if (c.settings.hasLayer(MapLayerId::DatedAreas)) {
        const double r = c.style.datedAreaMarkerRadius + 1;
        for (const ProjectedFeature& f : c.projected.areas())
            if (d.areas()[static_cast<std::size_t>(f.feature)].isPoint() && !f.parts.empty()) {
                const QPointF p = c.toScreen(f.parts.front().front());
                engine.reserve(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r));
            }
    }

    // Place symbols, reserved before any label so no label hides a town.
    struct PlaceRef {
        int feature;
        QPointF p;
        int rank;
        QString kind;
    };
    std::vector<PlaceRef> places;
    if (c.settings.hasLayer(MapLayerId::Places)) {
        const auto& features = d.layer(BaseLayer::Places).features;
        for (const ProjectedFeature& f : c.projected.layer(BaseLayer::Places)) {
            const QPointF p = c.toScreen(f.parts.front().front());
            // A symbol under a decoration or a crossing marker would only show as a smudge.
            if (!engine.isFree(QRectF(p.x() - 3, p.y() - 3, 6, 6)))
                continue;
            const Feature& src = features[static_cast<std::size_t>(f.feature)];
            bool ok = false;
            const int rank = src.attribute(QStringLiteral("rank")).toInt(&ok);
            places.push_back({f.feature, p, ok ? rank : 9, src.attribute(QStringLiteral("kind"))});
        }
        std::stable_sort(places.begin(), places.end(),
                         [](const PlaceRef& a, const PlaceRef& b) { return a.rank < b.rank; });
        for (const PlaceRef& pl : places) {
            const double r = symbolRadius(pl.kind) + 1;
            engine.reserve(QRectF(pl.p.x() - r, pl.p.y() - r, 2 * r, 2 * r));
            drawPlaceSymbol(painter, pl.p, pl.kind, c.style);
        }
    }

    // 1. FrontierFeature names: the most important labels on this map.
    const QFont crossingFont = c.font(c.style.labelPointSize * 1.45, true);
    for (std::size_t i = 0; i < crossingPoints.size(); ++i) {
        const FrontierFeature& x = d.crossings()[i];
        const QString text =
            MapText::name(lang, x.displayName(), x.displayNameAr(), x.displayNameKu());
        // Farther out where the frontier runs through all the near places.
        const QSizeF size = c.text.measure(crossingFont, text);
        std::vector<Candidate> candidates;
        for (const double reach : {1.0, 1.8, 2.6, 3.4}) {
            const auto ring = around(crossingPoints[i], size, crossingRadius * reach);
            candidates.insert(candidates.end(), ring.begin(), ring.end());
        }
        placeAndDraw(painter, c, candidates, crossingFont, text);
    }
    // 2. Places by rank.
    const auto& features = d.layer(BaseLayer::Places).features;
    for (const PlaceRef& pl : places) {
        const Feature& src = features[static_cast<std::size_t>(pl.feature)];
        const bool major = pl.rank <= 2;
        const QFont font = c.font(c.style.labelPointSize * (major ? 1.4 : 1.2), major);
        const QString text = MapText::name(lang, src.attribute(QStringLiteral("name")),
                                           src.attribute(QStringLiteral("name_ar")),
                                           src.attribute(QStringLiteral("name_ku")));
        placeAndDraw(painter, c, around(pl.p, c.text.measure(font, text), symbolRadius(pl.kind)),
                     font, text);
    }
    // 3. Rivers: a label at the middle vertex of the longest visible run.
    if (c.settings.hasLayer(MapLayerId::Rivers)) {
        const QFont font = c.font(c.style.labelPointSize * 1.2, false, true);
        const auto& rivers = d.layer(BaseLayer::Rivers).features;
        for (const ProjectedFeature& f : c.projected.layer(BaseLayer::Rivers)) {
            const Feature& src = rivers[static_cast<std::size_t>(f.feature)];
            const QString text = MapText::name(lang, src.attribute(QStringLiteral("name")),
                                               src.attribute(QStringLiteral("name_ar")),
                                               src.attribute(QStringLiteral("name_ku")));
            const QSizeF s = c.text.measure(font, text);
            std::vector<QPointF> visible;
            for (const auto& part : f.parts)
                for (const MapPoint& m : part)
                    if (const QPointF p = c.toScreen(m); screen.contains(p))
                        visible.push_back(p);
            // Try points spread along the river from its middle outwards.
            const std::size_t n = visible.size();
            for (std::size_t k = 0; k < std::min<std::size_t>(n, 24); ++k) {
                const std::size_t step = std::max<std::size_t>(1, n / 24);
                const std::size_t off = (k + 1) / 2 * step;
                const std::size_t idx = k % 2 ? n / 2 + off : n / 2 - std::min(n / 2, off);
                if (idx >= n)
                    continue;
                const QPointF p = visible[idx];
                const QRectF r(p.x() + 4, p.y() - s.height() - 2, s.width(), s.height());
                if (engine.tryPlace(r, text)) {
                    c.text.draw(painter, r, font, text, c.style.waterText, c.style.halo,
                                c.style.riverHalo, Qt::AlignLeft | Qt::AlignVCenter);
                    break;
                }
            }
        }
    }
    // 4. Countries (spaced capitals) and 5. governorates (small grey italics).
    const auto drawAreaLabels = [&](BaseLayer layer, const QFont& font, const QColor& color,
                                    bool upper) {
        const auto& src = d.layer(layer).features;
        for (const ProjectedFeature& f : c.projected.layer(layer)) {
            const auto anchor = anchorOf(f, c);
            if (!anchor)
                continue;
            const Feature& feature = src[static_cast<std::size_t>(f.feature)];
            QString en = feature.attribute(QStringLiteral("name"));
            if (upper)
                en = en.toUpper();
            const QString text =
                MapText::name(lang, en, feature.attribute(QStringLiteral("name_ar")),
                              feature.attribute(QStringLiteral("name_ku")));
            const QSizeF s = c.text.measure(font, text);
            // At the anchor, else nearby (a country's name or the legend may hold the spot) while
            // that is still inside the area.
            std::optional<QPainterPath> area;
            for (const QPointF shift : kAreaLabelShifts) {
                const QPointF at = *anchor + QPointF(shift.x() * s.width(), shift.y() * s.height());
                if (!shift.isNull()) {
                    if (!area)
                        area = ScreenPath::build(f, c.viewport, true);
                    if (!area->contains(at))
                        continue;
                }
                const QRectF r(at.x() - s.width() / 2, at.y() - s.height() / 2, s.width(),
                               s.height());
                if (!engine.tryPlace(r, text))
                    continue;
                c.text.draw(painter, r, font, text, color, c.style.halo, c.style.areaHalo,
                            Qt::AlignCenter);
                break;
            }
        }
    };
    if (c.settings.hasLayer(MapLayerId::Countries)) {
        QFont font = c.font(c.style.labelPointSize * 1.9, true);
        font.setLetterSpacing(QFont::PercentageSpacing, 118);
        drawAreaLabels(BaseLayer::Countries, font, c.style.countryText, true);
    }
    if (c.settings.hasLayer(MapLayerId::Governorates))
        drawAreaLabels(BaseLayer::Governorates, c.font(c.style.labelPointSize * 1.1, false, true),
                       c.style.governorateText, false);
}

} // namespace frontier
