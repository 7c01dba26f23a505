#include "CrossingsLayer.h"

#include "render/RenderContext.h"

#include <QPainter>
#include <QPainterPath>

namespace frontier {
namespace {

QColor controllerColor(const RenderContext& c, int actor)
{
    if (actor < 0) return c.style.unknownActor;
    return c.style.actorColor(c.dataset().actors()[static_cast<std::size_t>(actor)].id);
}

bool isUnknown(const RenderContext& c, int actor)
{
    return actor < 0 || actor == c.dataset().unknownActor();
}

} // namespace

void CrossingsLayer::drawBadge(QPainter& painter, QPointF center, const QString& text, const QColor& fill)
{
    const double r = 6.5;
    painter.setPen(QPen(Qt::white, 1.2));
    painter.setBrush(fill);
    painter.drawEllipse(center, r, r);
    QFont f = painter.font();
    f.setPixelSize(11);
    f.setBold(true);
    painter.setFont(f);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(center.x() - r, center.y() - r - 0.5, 2 * r, 2 * r), Qt::AlignCenter, text);
}

void CrossingsLayer::drawMarker(QPainter& painter, QPointF p, double r, const QColor& sy, const QColor& iq,
                                bool syUnknown, bool iqUnknown, int status, const Style& style)
{
    const QRectF box(p.x() - r, p.y() - r, 2 * r, 2 * r);
    const auto half = [&](double startDeg, const QColor& color, bool unknown) {
        QPainterPath path(p);
        path.arcTo(box, startDeg, 180);
        path.closeSubpath();
        painter.fillPath(path, color);
        if (unknown) painter.fillPath(path, QBrush(QColor(0x66, 0x66, 0x66), Qt::BDiagPattern));
    };
    half(90, sy, syUnknown);  // west half: Syria
    half(270, iq, iqUnknown); // east half: Iraq
    painter.setPen(QPen(Qt::white, 1.2));
    painter.drawLine(QPointF(p.x(), p.y() - r), QPointF(p.x(), p.y() + r));

    const auto st = static_cast<CrossingStatus>(status);
    QPen ring(style.open, 3.2);
    switch (st) {
    case CrossingStatus::Open: break;
    case CrossingStatus::Restricted: ring.setDashPattern({1.6, 0.9}); break;
    case CrossingStatus::Closed: ring.setColor(style.closed); break;
    case CrossingStatus::Unknown:
        ring.setColor(QColor(0x88, 0x88, 0x88));
        ring.setDashPattern({0.6, 0.9});
        break;
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::white, 6.0));
    painter.drawEllipse(box.adjusted(-2, -2, 2, 2));
    painter.setPen(ring);
    painter.drawEllipse(box.adjusted(-2, -2, 2, 2));
    if (st == CrossingStatus::Closed) {
        // A bar across the disc, as on a "no entry" sign.
        painter.setPen(QPen(Qt::white, 5.0, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(p.x() - r * 0.8, p.y()), QPointF(p.x() + r * 0.8, p.y()));
        painter.setPen(QPen(style.closed, 2.8, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(p.x() - r * 0.8, p.y()), QPointF(p.x() + r * 0.8, p.y()));
    }
}

void CrossingsLayer::paint(QPainter& painter, const RenderContext& c) const
{
    if (!c.states || !c.settings.hasLayer(MapLayerId::Crossings)) return;
    const auto& points = c.projected.crossings();
    for (const CrossingState& s : *c.states) {
        const QPointF p = c.toScreen(points[static_cast<std::size_t>(s.crossing)]);
        if (s.crossing == c.settings.selectedCrossing) {
            painter.setPen(Qt::NoPen);
            QColor glow = c.style.selection;
            glow.setAlpha(170);
            painter.setBrush(glow);
            painter.drawEllipse(p, kRadius + 9, kRadius + 9);
        }
        const SideState& iq = s.side(Side::IQ);
        const SideState& sy = s.side(Side::SY);
        drawMarker(painter, p, kRadius, controllerColor(c, sy.controller), controllerColor(c, iq.controller),
                   isUnknown(c, sy.controller), isUnknown(c, iq.controller), static_cast<int>(s.status), c.style);
        if (s.approximate()) drawBadge(painter, {p.x() - kRadius - 3, p.y() - kRadius - 3}, QStringLiteral("~"), QColor(0x55, 0x55, 0x55));
        if (s.disputed()) drawBadge(painter, {p.x() + kRadius + 3, p.y() - kRadius - 3}, QStringLiteral("?"), QColor(0xc0, 0x39, 0x2b));
    }
}

} // namespace frontier
