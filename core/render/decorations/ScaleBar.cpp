#include "ScaleBar.h"

#include "geo/Geodesic.h"
#include "render/MapText.h"
#include "render/RenderContext.h"
#include "render/TextPainter.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace frontier {

double ScaleBar::metersPerPixel(const CoordinateTransform& transform, const Viewport& viewport)
{
    const QPointF mid(viewport.size().width() / 2.0, viewport.size().height() / 2.0);
    constexpr double kHalf = 50; // px either side of the centre
    const std::optional<GeoPoint> a = transform.inverse(viewport.toMap(mid - QPointF(kHalf, 0)));
    const std::optional<GeoPoint> b = transform.inverse(viewport.toMap(mid + QPointF(kHalf, 0)));
    if (!a || !b)
        return 0;
    return Geodesic::distanceMeters(*a, *b) / (2 * kHalf);
}

QSizeF ScaleBar::size(QSizeF) const
{
    return {230, 38};
}

void ScaleBar::paint(QPainter& painter, const RenderContext& c, const QRectF& area) const
{
    const double mpp = metersPerPixel(c.transform, c.viewport);
    if (!(mpp > 0))
        return;
    // The largest 1-2-5 step that fits in the area, split into 4 (or 5) segments.
    const double maxMeters = (area.width() - 24) * mpp;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMeters)));
    double length = magnitude;
    for (double f : {5.0, 2.0, 1.0})
        if (f * magnitude <= maxMeters) {
            length = f * magnitude;
            break;
        }
    const double px = length / mpp;
    const int segments = (length / magnitude == 5 || length / magnitude == 1) ? 5 : 4;
    const double km = length / 1000;
    const LabelLanguage language = c.settings.labels;
    const QString label = km >= 1 ? MapText::text(language, QT_TRANSLATE_NOOP("Map", "%1 km"))
                                        .arg(MapText::number(language, km))
                                  : MapText::text(language, QT_TRANSLATE_NOOP("Map", "%1 m"))
                                        .arg(MapText::number(language, length));
    const QFont f = c.font(12);
    // The label is centred on the bar's end: the box reaches past half its width.
    const double right = std::max(12.0, TextPainter::measure(f, label).width() / 2 + 6);

    const QRectF bg(area.right() - px - 12 - right, area.top(), px + 12 + right, area.height());
    painter.setPen(QPen(c.style.panelLine, c.style.panelLineWidth));
    painter.setBrush(c.style.panel);
    painter.drawRoundedRect(bg, 4, 4);
    const double x0 = bg.left() + 12, y0 = bg.bottom() - 12;
    for (int i = 0; i < segments; ++i) {
        const QRectF seg(x0 + px * i / segments, y0 - 5, px / segments, 5);
        painter.fillRect(seg, i % 2 ? c.style.paper : c.style.text);
    }
    painter.setPen(QPen(c.style.text, c.style.panelLineWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(x0, y0 - 5, px, 5));
    const QColor none(0, 0, 0, 0);
    TextPainter::draw(painter, QRectF(x0 - 10, bg.top() + 2, 20, 16), f,
                      MapText::number(language, 0), c.style.text, none, 0, Qt::AlignCenter);
    TextPainter::draw(painter, QRectF(x0 + px - 40, bg.top() + 2, 80, 16), f, label, c.style.text,
                      none, 0, Qt::AlignCenter);
}

} // namespace frontier
