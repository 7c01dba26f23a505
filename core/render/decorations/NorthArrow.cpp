#include "NorthArrow.h"

#include "render/RenderContext.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace frontier {

double NorthArrow::northAngle(const CoordinateTransform& transform, const Viewport& viewport)
{
    const MapPoint centre = viewport.center();
    const std::optional<GeoPoint> g = transform.inverse(centre);
    if (!g)
        return 0;
    const std::optional<MapPoint> north =
        transform.forward({g->lon, std::min(g->lat + 0.05, 89.9)});
    if (!north)
        return 0;
    const QPointF a = viewport.toScreen(centre), b = viewport.toScreen(*north);
    return std::atan2(b.x() - a.x(), a.y() - b.y()) * 180 / std::numbers::pi;
}

QSizeF NorthArrow::size(QSizeF) const
{
    return {40, 58};
}

void NorthArrow::paint(QPainter& painter, const RenderContext& c, const QRectF& r) const
{
    painter.save();
    painter.setPen(QPen(c.style.panelLine, c.style.panelLineWidth));
    painter.setBrush(c.style.panel);
    painter.drawRoundedRect(r, 4, 4);
    painter.translate(r.center().x(), r.top() + 34);
    painter.rotate(northAngle(c.transform, c.viewport));
    QPainterPath left, right;
    left.moveTo(0, -20);
    left.lineTo(-8, 10);
    left.lineTo(0, 4);
    left.closeSubpath();
    right.moveTo(0, -20);
    right.lineTo(8, 10);
    right.lineTo(0, 4);
    right.closeSubpath();
    painter.setPen(QPen(c.style.text, 1.0));
    painter.setBrush(c.style.text);
    painter.drawPath(left);
    painter.setBrush(c.style.paper);
    painter.drawPath(right);
    painter.restore();
    painter.setFont(c.font(13, true));
    painter.setPen(c.style.text);
    painter.drawText(QRectF(r.left(), r.top() + 1, r.width(), 16), Qt::AlignCenter,
                     QStringLiteral("N"));
}

} // namespace frontier
