#include "TextCache.h"

#include "DevicePixels.h"
#include "TextPainter.h"

#include <QPaintDevice>
#include <QPainter>

#include <cmath>

namespace frontier {

QSizeF TextCache::measure(const QFont& font, const QString& text)
{
    SizeKey key{font, text};
    const auto it = m_sizes.constFind(key);
    if (it != m_sizes.cend())
        return *it;
    const QSizeF size = TextPainter::measure(font, text);
    m_sizes.insert(std::move(key), size);
    return size;
}

void TextCache::draw(QPainter& painter, const QRectF& rect, const QFont& font, const QString& text,
                     const QColor& color, const QColor& halo, double haloWidth, Qt::Alignment align)
{
    const double dpr = painter.device()->devicePixelRatioF();
    const int step = DevicePixels::wholeStep(dpr);
    if (!painter.worldTransform().isIdentity() || step == 0) {
        TextPainter::draw(painter, rect, font, text, color, halo, haloWidth, align);
        return;
    }
    // The label's corner on a whole device pixel; its image starts on a multiple of `step` before
    // it, with room for the halo's offset copies and the glyphs' antialiasing.
    const QPoint corner((rect.topLeft() * dpr).toPoint());
    const int room = static_cast<int>(std::ceil((haloWidth * 0.75 + 2) * dpr));
    const QPoint origin(DevicePixels::floorTo(corner.x() - room, step),
                        DevicePixels::floorTo(corner.y() - room, step));
    ImageKey key{font,           text,      color.rgba(),
                 halo.rgba(),    haloWidth, static_cast<int>(align),
                 rect.size(),    dpr,       painter.layoutDirection(),
                 corner - origin};
    auto it = m_images.constFind(key);
    if (it == m_images.cend()) {
        QImage image = paint(painter, key, room);
        const auto bytes = static_cast<std::size_t>(image.sizeInBytes());
        if (m_bytes + bytes > kMaxBytes) {
            m_images.clear();
            m_bytes = 0;
        }
        m_bytes += bytes;
        it = m_images.insert(std::move(key), std::move(image));
    }
    // In device pixels, as Sprite draws: scaled by 1/dpr and back, it would be resampled.
    painter.save();
    painter.setWorldTransform(QTransform::fromScale(1 / dpr, 1 / dpr));
    painter.drawImage(origin, *it);
    painter.restore();
}

QImage TextCache::paint(const QPainter& painter, const ImageKey& key, int room) const
{
    const double dpr = key.devicePixelRatio;
    const QSize size(key.corner.x() + static_cast<int>(std::ceil(key.size.width() * dpr)) + room,
                     key.corner.y() + static_cast<int>(std::ceil(key.size.height() * dpr)) + room);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHints(painter.renderHints());
        p.setLayoutDirection(key.direction);
        TextPainter::draw(p, QRectF(QPointF(key.corner) / dpr, key.size), key.font, key.text,
                          QColor::fromRgba(key.color), QColor::fromRgba(key.halo), key.haloWidth,
                          static_cast<Qt::Alignment>(key.align));
    }
    image.setDevicePixelRatio(1);
    return image;
}

} // namespace frontier
