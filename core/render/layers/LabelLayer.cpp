#include "LabelLayer.h"

#include "render/LabelEngine.h"
#include "render/RenderContext.h"
#include "render/TextPainter.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace frontier {
namespace {

constexpr double kCrossingRadius = 19; // the crossing marker with its status ring (logical px)

struct Candidate {
    QRectF rect;
    Qt::Alignment align;
};

// Positions around a point symbol of radius r, best first: right, left, above, below, diagonals.
std::vector<Candidate> around(QPointF p, QSizeF s, double r)
{
    const double g = r + 3;
    return {{{p.x() + g, p.y() - s.height() / 2, s.width(), s.height()}, Qt::AlignLeft | Qt::AlignVCenter},
            {{p.x() - g - s.width(), p.y() - s.height() / 2, s.width(), s.height()}, Qt::AlignRight | Qt::AlignVCenter},
            {{p.x() - s.width() / 2, p.y() - g - s.height(), s.width(), s.height()}, Qt::AlignHCenter | Qt::AlignBottom},
            {{p.x() - s.width() / 2, p.y() + g, s.width(), s.height()}, Qt::AlignHCenter | Qt::AlignTop},
            {{p.x() + g * 0.7, p.y() - g * 0.7 - s.height(), s.width(), s.height()}, Qt::AlignLeft | Qt::AlignBottom},
            {{p.x() + g * 0.7, p.y() + g * 0.7, s.width(), s.height()}, Qt::AlignLeft | Qt::AlignTop},
            {{p.x() - g * 0.7 - s.width(), p.y() - g * 0.7 - s.height(), s.width(), s.height()}, Qt::AlignRight | Qt::AlignBottom},
            {{p.x() - g * 0.7 - s.width(), p.y() + g * 0.7, s.width(), s.height()}, Qt::AlignRight | Qt::AlignTop}};
}

// Places the label at the first free candidate and draws it; false if none is free.
bool placeAndDraw(QPainter& painter, LabelEngine& engine, const std::vector<Candidate>& candidates,
                  const QFont& font, const QString& text, const QColor& color, const QColor& halo)
{
    for (const Candidate& c : candidates) {
        if (!engine.tryPlace(c.rect.adjusted(-1, -1, 1, 1))) continue;
        TextPainter::draw(painter, c.rect, font, text, color, halo, 1.6, c.align);
        return true;
    }
    return false;
}

double symbolRadius(const QString& kind)
{
    if (kind == QLatin1String("capital")) return 5.5;
    if (kind == QLatin1String("city")) return 4.0;
    if (kind == QLatin1String("airbase")) return 4.5;
    return 3.0;
}

void drawPlaceSymbol(QPainter& painter, QPointF p, const QString& kind, const Style& style)
{
    const double r = symbolRadius(kind);
    painter.setPen(QPen(Qt::white, 1.2));
    painter.setBrush(style.text);
    if (kind == QLatin1String("capital")) {
        painter.drawRect(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r));
        painter.setBrush(Qt::white);
        painter.drawEllipse(p, r * 0.4, r * 0.4);
    } else if (kind == QLatin1String("airbase")) {
        const QPointF tri[3] = {{p.x(), p.y() - r * 1.2}, {p.x() - r, p.y() + r * 0.8}, {p.x() + r, p.y() + r * 0.8}};
        painter.drawPolygon(tri, 3);
    } else {
        painter.drawEllipse(p, r, r);
    }
}

// A point inside the view at the middle of the feature's largest part's bounds.
std::optional<QPointF> anchorOf(const ProjectedFeature& f, const RenderContext& c)
{
    const std::vector<MapPoint>* largest = nullptr;
    for (const auto& part : f.parts)
        if (!largest || part.size() > largest->size()) largest = &part;
    if (!largest || largest->empty()) return std::nullopt;
    MapRect b = MapRect::empty();
    for (const MapPoint& m : *largest) b.include(m);
    const MapRect view = c.viewport.extent();
    const MapRect clipped{std::max(b.xmin, view.xmin), std::max(b.ymin, view.ymin),
                          std::min(b.xmax, view.xmax), std::min(b.ymax, view.ymax)};
    if (!clipped.isValid()) return std::nullopt;
    return c.toScreen(clipped.center());
}

} // namespace

QString LabelLayer::labelText(const QString& english, const QString& arabic, int language)
{
    const QString ar = arabic.isEmpty() ? english : arabic;
    switch (static_cast<LabelLanguage>(language)) {
    case LabelLanguage::English: return english;
    case LabelLanguage::Arabic: return ar;
    case LabelLanguage::Both: return arabic.isEmpty() ? english : english + QLatin1Char('\n') + arabic;
    }
    return english;
}

void LabelLayer::paint(QPainter& painter, const RenderContext& c) const
{
    if (!c.labels) return;
    LabelEngine& engine = *c.labels;
    const int lang = static_cast<int>(c.settings.labels);
    const QRectF screen(QPointF(0, 0), c.settings.logicalSize());
    const Dataset& d = c.dataset();

    // Crossing markers are drawn later (they depend on the date) but their room is kept now.
    std::vector<QPointF> crossingPoints;
    if (c.settings.hasLayer(MapLayerId::Crossings)) {
        for (const MapPoint& m : c.projected.crossings()) {
            const QPointF p = c.toScreen(m);
            crossingPoints.push_back(p);
            engine.reserve(QRectF(p.x() - kCrossingRadius, p.y() - kCrossingRadius, 2 * kCrossingRadius, 2 * kCrossingRadius));
        }
    }

    // Place symbols, reserved before any label so no label hides a town.
    struct PlaceRef { int feature; QPointF p; int rank; QString kind; };
    std::vector<PlaceRef> places;
    if (c.settings.hasLayer(MapLayerId::Places)) {
        const auto& features = d.layer(BaseLayer::Places).features;
        for (const ProjectedFeature& f : c.projected.layer(BaseLayer::Places)) {
            const QPointF p = c.toScreen(f.parts.front().front());
            // A symbol under a decoration or a crossing marker would only show as a smudge.
            if (!engine.isFree(QRectF(p.x() - 3, p.y() - 3, 6, 6))) continue;
            const Feature& src = features[static_cast<std::size_t>(f.feature)];
            bool ok = false;
            const int rank = src.attribute(QStringLiteral("rank")).toInt(&ok);
            places.push_back({f.feature, p, ok ? rank : 9, src.attribute(QStringLiteral("kind"))});
        }
        std::stable_sort(places.begin(), places.end(), [](const PlaceRef& a, const PlaceRef& b) { return a.rank < b.rank; });
        for (const PlaceRef& pl : places) {
            const double r = symbolRadius(pl.kind) + 1;
            engine.reserve(QRectF(pl.p.x() - r, pl.p.y() - r, 2 * r, 2 * r));
            drawPlaceSymbol(painter, pl.p, pl.kind, c.style);
        }
    }

    // 1. Crossing names: the most important labels on this map.
    const QFont crossingFont = c.font(c.style.labelPointSize * 1.45, true);
    for (std::size_t i = 0; i < crossingPoints.size(); ++i) {
        const Crossing& x = d.crossings()[i];
        const QString text = labelText(x.displayName(), x.displayNameAr(), lang);
        placeAndDraw(painter, engine, around(crossingPoints[i], TextPainter::measure(crossingFont, text), kCrossingRadius),
                     crossingFont, text, c.style.text, c.style.halo);
    }
    // 2. Places by rank.
    const auto& features = d.layer(BaseLayer::Places).features;
    for (const PlaceRef& pl : places) {
        const Feature& src = features[static_cast<std::size_t>(pl.feature)];
        const bool major = pl.rank <= 2;
        const QFont font = c.font(c.style.labelPointSize * (major ? 1.4 : 1.2), major);
        const QString text = labelText(src.attribute(QStringLiteral("name")), src.attribute(QStringLiteral("name_ar")), lang);
        placeAndDraw(painter, engine, around(pl.p, TextPainter::measure(font, text), symbolRadius(pl.kind)), font, text,
                     c.style.text, c.style.halo);
    }
    // 3. Rivers: a label at the middle vertex of the longest visible run.
    if (c.settings.hasLayer(MapLayerId::Rivers)) {
        const QFont font = c.font(c.style.labelPointSize * 1.2, false, true);
        const auto& rivers = d.layer(BaseLayer::Rivers).features;
        for (const ProjectedFeature& f : c.projected.layer(BaseLayer::Rivers)) {
            const Feature& src = rivers[static_cast<std::size_t>(f.feature)];
            const QString text = labelText(src.attribute(QStringLiteral("name")), src.attribute(QStringLiteral("name_ar")), lang);
            const QSizeF s = TextPainter::measure(font, text);
            std::vector<QPointF> visible;
            for (const auto& part : f.parts)
                for (const MapPoint& m : part)
                    if (const QPointF p = c.toScreen(m); screen.contains(p)) visible.push_back(p);
            // Try points spread along the river from its middle outwards.
            const std::size_t n = visible.size();
            for (std::size_t k = 0; k < std::min<std::size_t>(n, 24); ++k) {
                const std::size_t step = std::max<std::size_t>(1, n / 24);
                const std::size_t off = (k + 1) / 2 * step;
                const std::size_t idx = k % 2 ? n / 2 + off : n / 2 - std::min(n / 2, off);
                if (idx >= n) continue;
                const QPointF p = visible[idx];
                const QRectF r(p.x() + 4, p.y() - s.height() - 2, s.width(), s.height());
                if (engine.tryPlace(r)) {
                    TextPainter::draw(painter, r, font, text, c.style.waterText, c.style.halo, 1.4);
                    break;
                }
            }
        }
    }
    // 4. Countries (spaced capitals) and 5. governorates (small grey italics).
    const auto drawAreaLabels = [&](BaseLayer layer, const QFont& font, const QColor& color, bool upper) {
        const auto& src = d.layer(layer).features;
        for (const ProjectedFeature& f : c.projected.layer(layer)) {
            const auto anchor = anchorOf(f, c);
            if (!anchor) continue;
            const Feature& feature = src[static_cast<std::size_t>(f.feature)];
            QString en = feature.attribute(QStringLiteral("name"));
            if (upper) en = en.toUpper();
            const QString text = labelText(en, feature.attribute(QStringLiteral("name_ar")), lang);
            const QSizeF s = TextPainter::measure(font, text);
            const QRectF r(anchor->x() - s.width() / 2, anchor->y() - s.height() / 2, s.width(), s.height());
            if (engine.tryPlace(r)) TextPainter::draw(painter, r, font, text, color, c.style.halo, 1.2, Qt::AlignCenter);
        }
    };
    if (c.settings.hasLayer(MapLayerId::Countries)) {
        QFont font = c.font(c.style.labelPointSize * 1.9, true);
        font.setLetterSpacing(QFont::PercentageSpacing, 118);
        drawAreaLabels(BaseLayer::Countries, font, QColor(0x6b, 0x64, 0x5a), true);
    }
    if (c.settings.hasLayer(MapLayerId::Governorates))
        drawAreaLabels(BaseLayer::Governorates, c.font(c.style.labelPointSize * 1.1, false, true), QColor(0x8a, 0x80, 0x72), false);
}

} // namespace frontier
