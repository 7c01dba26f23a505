#include "OverlayLegend.h"

#include "render/MapText.h"
#include "render/OverlaySymbols.h"
#include "render/RenderContext.h"
#include "render/TextPainter.h"

#include <QPainter>

#include <algorithm>

namespace frontier {
namespace {

constexpr double kRow = 18;
constexpr double kPadding = 7;
constexpr double kWidth = 220;
constexpr double kSwatch = 12;
constexpr std::size_t kMaxCategories = 12; // more are summed up in one row

GeometryType kindOf(const Overlay& overlay)
{
    // Every part a single vertex: points only, known without looking at a million features.
    if (overlay.vertices.size() + 1 == overlay.partStarts.size())
        return GeometryType::Point;
    GeometryType kind = GeometryType::Point;
    for (const OverlayFeature& f : overlay.features) {
        if (f.type == GeometryType::Polygon)
            return GeometryType::Polygon;
        if (f.type == GeometryType::Line)
            kind = GeometryType::Line;
    }
    return kind;
}

} // namespace

std::vector<OverlayLegend::Row> OverlayLegend::rows(const MapSettings& settings)
{
    std::vector<Row> out;
    for (std::size_t i = settings.overlays.size(); i-- > 0;) { // the top layer first
        const OverlayView& v = settings.overlays[i];
        if (!v.style.visible || v.overlay->raster)
            continue;
        out.push_back({i, v.overlay->name, {}, false});
        const auto categories = v.style.categories(*v.overlay);
        for (std::size_t c = 0; c < std::min(categories.size(), kMaxCategories); ++c)
            out.push_back({i, categories[c].first, categories[c].second, true});
        if (categories.size() > kMaxCategories)
            out.push_back({i,
                           MapText::text(settings.labels, QT_TRANSLATE_NOOP("Map", "… %1 more"))
                               .arg(categories.size() - kMaxCategories),
                           Qt::gray, true});
    }
    return out;
}

QSizeF OverlayLegend::size(QSizeF) const
{
    return {};
}

QSizeF OverlayLegend::sizeFor(const MapSettings& settings) const
{
    const std::size_t n = rows(settings).size();
    if (n == 0)
        return {};
    return {kWidth, 2 * kPadding + kRow * static_cast<double>(n)};
}

void OverlayLegend::paint(QPainter& painter, const RenderContext& c, const QRectF& area) const
{
    const std::vector<Row> all = rows(c.settings);
    painter.setPen(QPen(c.style.panelLine, c.style.panelLineWidth));
    painter.setBrush(c.style.panel);
    painter.drawRoundedRect(area, 4, 4);
    const QFont font = c.font(11);
    const QFont heading = c.font(11, true);
    // Mirrored in Arabic, as the crossings' legend is: the symbols on the right, the names
    // right-aligned to their left.
    const bool rightToLeft = MapText::isArabic(c.settings.labels);
    const auto mirrored = [&](QRectF r) {
        if (rightToLeft)
            r.moveLeft(area.left() + area.right() - r.right());
        return r;
    };
    GeometryType kind = GeometryType::Point;
    bool categorised = false;
    for (std::size_t r = 0; r < all.size(); ++r) {
        const Row& row = all[r];
        const OverlayView& v = c.settings.overlays[row.overlay];
        const double top = area.top() + kPadding + kRow * static_cast<double>(r);
        const double indent = row.category ? 14 : 0;
        const QRectF swatch = mirrored(
            QRectF(area.left() + kPadding + indent, top + (kRow - kSwatch) / 2, kSwatch, kSwatch));
        const QPointF centre = swatch.center();
        if (r == 0 || all[r - 1].overlay != row.overlay) {
            kind = kindOf(*v.overlay); // once an overlay: it looks at every feature
            categorised = !v.style.categories(*v.overlay).empty();
        }
        if (row.category || !categorised) {
            const QColor fill = row.category ? row.color : v.style.fill;
            painter.save();
            painter.setOpacity(v.style.opacity);
            if (kind == GeometryType::Point) {
                OverlaySymbols symbols(v.style, c.settings.devicePixelRatio);
                symbols.draw(painter, centre, fill, std::min(v.style.size, kSwatch));
            } else if (kind == GeometryType::Line) {
                painter.setPen(
                    QPen(row.category ? fill : v.style.stroke, std::max(1.0, v.style.strokeWidth)));
                painter.drawLine(swatch.bottomLeft(), swatch.topRight());
            } else {
                painter.setPen(v.style.strokeWidth > 0 ? QPen(v.style.stroke, v.style.strokeWidth)
                                                       : QPen(Qt::NoPen));
                painter.setBrush(fill);
                painter.drawRect(swatch);
            }
            painter.restore();
        }
        const double textLeft = area.left() + kPadding + indent + kSwatch + 6;
        const QRectF text =
            mirrored(QRectF(textLeft, top, area.right() - kPadding - textLeft, kRow));
        const QFont& f = row.category ? font : heading;
        const QString elided = QFontMetricsF(f).elidedText(row.text, Qt::ElideRight, text.width());
        TextPainter::draw(painter, text, f, elided, c.style.text, Qt::transparent, 0,
                          (rightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
}

} // namespace frontier
