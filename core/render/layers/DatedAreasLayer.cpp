#include "DatedAreasLayer.h"

#include "render/LabelEngine.h"
#include "render/MapText.h"
#include "render/RenderContext.h"
#include "render/ScreenPath.h"
#include "render/SymbolPainter.h"

#include <QPainter>

#include <span>

namespace frontier {
namespace {

// Places `text` on `p` (for an area) or beside it (right, left, above, below; `gap` px away)
// where no label or decoration is, and draws it; nothing when every place is taken.
void label(QPainter& painter, const RenderContext& c, QPointF p, double gap, const QString& text)
{
    const QFont font = c.font(c.style.datedAreaPixelSize, false, true);
    const QSizeF s = c.text.measure(font, text);
    const double w = s.width(), h = s.height();
    const std::pair<QRectF, Qt::Alignment> candidates[] = {
        {{p.x() - w / 2, p.y() - h / 2, w, h}, Qt::AlignCenter},
        {{p.x() + gap, p.y() - h / 2, w, h}, Qt::AlignLeft | Qt::AlignVCenter},
        {{p.x() - gap - w, p.y() - h / 2, w, h}, Qt::AlignRight | Qt::AlignVCenter},
        {{p.x() - w / 2, p.y() - gap - h, w, h}, Qt::AlignHCenter | Qt::AlignBottom},
        {{p.x() - w / 2, p.y() + gap, w, h}, Qt::AlignHCenter | Qt::AlignTop}};
    for (const auto& [rect, align] : std::span(candidates).subspan(gap > 0 ? 1 : 0))
        if (c.labels.tryPlace(rect, text)) {
            c.text.draw(painter, rect, font, text, c.style.datedAreaText, c.style.halo,
                        c.style.labelHalo, align);
            return;
        }
}

} // namespace

void DatedAreasLayer::paint(QPainter& painter, const RenderContext& c) const
{
    if (!c.settings.hasLayer(MapLayerId::DatedAreas))
        return;
    const auto& areas = c.dataset().areas();
    const SymbolPainter symbols(c.style);
    for (const ProjectedFeature& f : c.projected.areas()) {
        const DatedArea& area = areas[static_cast<std::size_t>(f.feature)];
        if (!area.holdsOn(c.settings.date) || f.parts.empty() ||
            !ScreenPath::visible(f, c.viewport))
            continue;
        // One line, as in the legend: two would rarely find room inside the area.
        const QString name = MapText::areaName(area, c.settings.labels);
        if (area.isPoint()) {
            const QPointF p = c.toScreen(f.parts.front().front());
            symbols.drawAreaMarker(painter, p, area.approximate());
            label(painter, c, p, c.style.datedAreaMarkerRadius + 3, name);
        } else {
            symbols.drawArea(painter, ScreenPath::build(f, c.viewport, true), area.approximate());
            if (const auto p = c.transform.forward(area.point))
                label(painter, c, c.toScreen(*p), 0, name);
        }
    }
}

} // namespace frontier
