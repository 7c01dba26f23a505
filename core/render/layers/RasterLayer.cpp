#include "RasterLayer.h"

#include "render/RenderContext.h"

#include <QPainter>

#include <algorithm>

namespace frontier {

void RasterLayer::paint(QPainter& painter, const RenderContext& c) const
{
    const QSizeF frame = c.viewport.size();
    QSize pixels = (frame * c.settings.devicePixelRatio).toSize();
    if (std::max(pixels.width(), pixels.height()) > kMaxSide)
        pixels.scale(kMaxSide, kMaxSide, Qt::KeepAspectRatio);
    for (const OverlayView& view : c.settings.overlays) {
        if (!view.overlay->raster || !view.style.visible)
            continue;
        const QImage image = view.overlay->raster->image(
            {c.viewport.extent(), pixels, c.settings.crs, view.style.hillshade});
        if (image.isNull())
            continue;
        painter.save();
        painter.setOpacity(view.style.opacity);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRectF(QPointF(0, 0), frame), image);
        painter.restore();
    }
}

} // namespace frontier
