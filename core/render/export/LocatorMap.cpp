#include "LocatorMap.h"

#include "render/MapRenderer.h"

#include <QPainter>

namespace frontier {

LocatorMap::LocatorMap(MapRenderer& renderer, const MapSettings& main)
    : m_renderer(renderer), m_main(main), m_region(renderer.transform(main.crs).forwardBox(
                                              kRegion[0], kRegion[1], kRegion[2], kRegion[3]))
{
    const MapRect shown = MapRenderer::viewport(main).extent();
    m_region.include({shown.xmin, shown.ymin});
    m_region.include({shown.xmax, shown.ymax});
}

MapSettings LocatorMap::settings(QSizeF size) const
{
    MapSettings s = m_main;
    s.extent = m_region;
    s.size = size.toSize();
    s.devicePixelRatio = 1;
    s.compareDate = Date{};
    s.layers =
        static_cast<unsigned>(MapLayerId::Countries) | static_cast<unsigned>(MapLayerId::Frontier);
    s.decorations = 0;
    return s;
}

QRectF LocatorMap::extentRect(const QRectF& rect) const
{
    const Viewport inset = MapRenderer::viewport(settings(rect.size()));
    const MapRect shown = MapRenderer::viewport(m_main).extent();
    return QRectF(inset.toScreen({shown.xmin, shown.ymax}),
                  inset.toScreen({shown.xmax, shown.ymin}))
        .translated(rect.topLeft());
}

void LocatorMap::paint(QPainter& painter, const QRectF& rect) const
{
    const Style& style = m_renderer.style();
    painter.save();
    painter.setClipRect(rect);
    painter.translate(rect.topLeft());
    m_renderer.render(painter, settings(rect.size()));
    painter.restore();
    painter.save();
    painter.setClipRect(rect);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(style.text, 1.6));
    painter.drawRect(extentRect(rect));
    painter.restore();
    painter.setPen(QPen(style.panelLine, style.panelLineWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
}

} // namespace frontier
