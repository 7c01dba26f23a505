#include "SwimlaneStyle.h"

#include <QPainter>

namespace frontier {

QColor SwimlaneStyle::statusColor(const Style& style, CrossingStatus status)
{
    switch (status) {
    case CrossingStatus::Open: return style.open;
    case CrossingStatus::Restricted: return QColor(0x9b, 0xd4, 0xb2); // open, paled
    case CrossingStatus::Closed: return style.closed;
    case CrossingStatus::Unknown: break;
    }
    return style.unknownActor;
}

void SwimlaneStyle::fill(QPainter& painter, const QRectF& rect, const QColor& color, bool unknown, bool approximate,
                         bool disputed, const QColor& with)
{
    painter.fillRect(rect, color);
    if (with.isValid()) painter.fillRect(QRectF(rect.left(), rect.bottom() - rect.height() / 3, rect.width(), rect.height() / 3), with);
    if (unknown) painter.fillRect(rect, QBrush(QColor(0x66, 0x66, 0x66), Qt::BDiagPattern));
    if (approximate) painter.fillRect(rect, QBrush(QColor(0xff, 0xff, 0xff, 0xc0), Qt::FDiagPattern));
    if (disputed) {
        painter.save();
        painter.setPen(QPen(disputedColor(), 1.5, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(0.75, 0.75, -0.75, -0.75));
        painter.restore();
    }
}

} // namespace frontier
