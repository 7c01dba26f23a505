#include "OverlaySymbols.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace frontier {

OverlaySymbols::OverlaySymbols(const OverlayStyle& style, double devicePixelRatio)
    : m_style(style), m_ratio(devicePixelRatio)
{
}

QPainterPath OverlaySymbols::shape(OverlayStyle::Symbol symbol, double d)
{
    QPainterPath path;
    const double r = d / 2;
    switch (symbol) {
    case OverlayStyle::Symbol::Circle:
        path.addEllipse(QPointF(0, 0), r, r);
        break;
    case OverlayStyle::Symbol::Square:
        path.addRect(-r, -r, d, d);
        break;
    case OverlayStyle::Symbol::Triangle:
        path.moveTo(0, -r);
        path.lineTo(r, r * 0.8);
        path.lineTo(-r, r * 0.8);
        path.closeSubpath();
        break;
    }
    return path;
}

std::uint32_t OverlaySymbols::stampIndex(const QColor& fill, double diameter)
{
    const int halfPixels = static_cast<int>(std::lround(diameter * 2));
    auto [it, added] =
        m_index.try_emplace({fill.rgba(), halfPixels}, static_cast<std::uint32_t>(m_stamps.size()));
    if (!added)
        return it->second;
    const double d = halfPixels / 2.0;
    // Room for the outline; an odd pixel size puts the centre on a pixel centre.
    const int side = 2 * static_cast<int>(std::ceil((d / 2 + m_style.strokeWidth) * m_ratio)) + 1;
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(side / 2.0, side / 2.0);
    p.scale(m_ratio, m_ratio);
    const QPainterPath path = shape(m_style.symbol, d);
    p.fillPath(path, fill);
    if (m_style.strokeWidth > 0)
        p.strokePath(path, QPen(m_style.stroke, m_style.strokeWidth));
    p.end();
    image.setDevicePixelRatio(m_ratio);
    m_stamps.push_back(std::move(image));
    return it->second;
}

QPoint OverlaySymbols::devicePixel(QPointF centre) const
{
    // On whole device pixels, so the stamp is copied, not resampled.
    return {static_cast<int>(std::lround(centre.x() * m_ratio)),
            static_cast<int>(std::lround(centre.y() * m_ratio))};
}

void OverlaySymbols::draw(QPainter& painter, QPointF centre, const QColor& fill, double diameter)
{
    const QImage& image = stamp(stampIndex(fill, diameter));
    const QPoint at = devicePixel(centre) - QPoint(image.width() / 2, image.height() / 2);
    painter.drawImage(QPointF(at) / m_ratio, image);
}

} // namespace frontier
