#include "ChangesLayer.h"

#include "render/RenderContext.h"
#include "report/ChangeList.h"

#include <QPainter>

#include <algorithm>

namespace frontier {
namespace {

void drawRing(QPainter& painter, const Style& style, QPointF centre, double radius)
{
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(style.symbolLine, style.changeMarkWidth + 2.4));
    painter.drawEllipse(centre, radius, radius);
    QPen pen(style.changeMark, style.changeMarkWidth, Qt::SolidLine, Qt::FlatCap);
    pen.setDashPattern({2.2, 1.2});
    painter.setPen(pen);
    painter.drawEllipse(centre, radius, radius);
}

} // namespace

void ChangesLayer::paint(QPainter& painter, const RenderContext& c) const
{
    const Date since = c.settings.compareDate;
    if (!since.isValid() || c.states.empty())
        return;
    std::vector<bool> changed(c.dataset().features().size(), false);
    for (const Change& change : ChangeList::between(c.timeline, std::min(since, c.settings.date),
                                                    std::max(since, c.settings.date)))
        if (!change.isArea())
            changed[static_cast<std::size_t>(change.feature)] = true;
    painter.save();
    if (c.settings.hasLayer(MapLayerId::Crossings)) {
        const auto& points = c.projected.crossings();
        for (std::size_t i = 0; i < points.size(); ++i)
            if (changed[i])
                drawRing(painter, c.style, c.toScreen(points[i]),
                         c.style.crossingRadius + c.style.changeMarkGap);
    }
    if (c.settings.hasLayer(MapLayerId::Ribbons))
        for (const ProjectedFeature& sector : c.projected.sectors()) {
            if (!changed[static_cast<std::size_t>(sector.feature)])
                continue;
            // The sector's point is its middle along the line.
            if (const auto middle = c.transform.forward(c.dataset().feature(sector.feature).point))
                drawRing(painter, c.style, c.toScreen(*middle), c.style.sectorChangeRadius);
        }
    painter.restore();
}

} // namespace frontier
