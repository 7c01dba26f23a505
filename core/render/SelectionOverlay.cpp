#include "SelectionOverlay.h"

#include "MapRenderer.h"
#include "SymbolPainter.h"

#include <QPainter>

namespace frontier {

void SelectionOverlay::paint(QPainter& painter, const MapSettings& settings, MapRenderer& renderer,
                             int crossing)
{
    if (crossing < 0 || !settings.hasLayer(MapLayerId::Crossings))
        return;
    const Style& style = renderer.style();
    const QPointF p = renderer.crossingPosition(settings, crossing);
    const double r = SymbolPainter(style).extent() + style.selectionWidth / 2;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(style.selection, style.selectionWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(p, r, r);
    painter.restore();
}

} // namespace frontier
