#include "SelectionOverlay.h"

#include "MapRenderer.h"
#include "SymbolPainter.h"

#include <QPainter>

#include <cmath>

namespace frontier {
namespace {

// A sector is its stretch of the frontier line, traced in the selection colour.
void paintSector(QPainter& painter, const MapSettings& settings, MapRenderer& renderer,
                 const FrontierFeature& sector)
{
    const FrontierLine& line = renderer.timeline().dataset().frontierLine();
    const std::vector<GeoPoint> geo = line.slice(sector.fromKm, sector.toKm);
    std::vector<MapPoint> map(geo.size());
    renderer.transform(settings.crs).forward(geo, map);
    const Viewport viewport = MapRenderer::viewport(settings);
    QPolygonF screen;
    for (const MapPoint& p : map)
        if (std::isfinite(p.x) && std::isfinite(p.y))
            screen << viewport.toScreen(p);
    const Style& style = renderer.style();
    painter.setPen(QPen(style.selection, style.selectionWidth * 2, Qt::SolidLine, Qt::RoundCap,
                        Qt::RoundJoin));
    painter.drawPolyline(screen);
}

} // namespace

void SelectionOverlay::paint(QPainter& painter, const MapSettings& settings, MapRenderer& renderer,
                             int feature)
{
    if (feature < 0)
        return;
    const FrontierFeature& f = renderer.timeline().dataset().feature(feature);
    if (f.isCrossing() && !settings.hasLayer(MapLayerId::Crossings))
        return;
    const Style& style = renderer.style();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    if (f.isSector()) {
        paintSector(painter, settings, renderer, f);
    } else {
        const QPointF p = renderer.crossingPosition(settings, feature);
        const double r = SymbolPainter(style).extent() + style.selectionWidth / 2;
        painter.setPen(QPen(style.selection, style.selectionWidth));
        painter.drawEllipse(p, r, r);
    }
    painter.restore();
}

} // namespace frontier
