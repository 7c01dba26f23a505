#include "Sprite.h"

#include "DevicePixels.h"

#include <QPaintDevice>
#include <QPainter>

#include <numeric>

namespace frontier {
namespace {

constexpr int kTile = 64; // device px: small enough to leave out most of a thin shape's box

// Whether any pixel of `rect` in `image` (premultiplied ARGB) is painted.
bool painted(const QImage& image, const QRect& rect)
{
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = rect.left(); x <= rect.right(); ++x)
            if (qAlpha(line[x]) != 0)
                return true;
    }
    return false;
}

// A canvas starts on a device pixel that is a multiple of this, so that its painter's move there
// is a whole number of logical pixels, and Qt's 8×8 pattern brushes (anchored to device pixels)
// keep their phase; 0 when `dpr` is no simple fraction.
int canvasStep(double dpr)
{
    const int step = DevicePixels::wholeStep(dpr);
    return step == 0 ? 0 : std::lcm(8, step);
}

} // namespace

std::optional<Sprite> Sprite::paint(QPainter& painter, QRectF bounds, const Paint& paint)
{
    const double dpr = painter.device()->devicePixelRatioF();
    const int step = canvasStep(dpr);
    if (!painter.worldTransform().isIdentity() || step == 0) {
        paint(painter);
        return std::nullopt;
    }
    Sprite sprite;
    QRect device = QRectF(bounds.topLeft() * dpr, bounds.size() * dpr).toAlignedRect();
    device.setTopLeft(
        {DevicePixels::floorTo(device.left(), step), DevicePixels::floorTo(device.top(), step)});
    if (!device.isEmpty()) {
        QImage canvas(device.size(), QImage::Format_ARGB32_Premultiplied);
        canvas.setDevicePixelRatio(dpr);
        canvas.fill(Qt::transparent);
        {
            QPainter p(&canvas);
            p.setRenderHints(painter.renderHints());
            p.setFont(painter.font());
            p.setLayoutDirection(painter.layoutDirection());
            p.setBrushOrigin(painter.brushOrigin());
            p.translate(-QPointF(device.topLeft()) / dpr);
            paint(p);
        }
        for (int y = 0; y < canvas.height(); y += kTile)
            for (int x = 0; x < canvas.width(); x += kTile) {
                const QRect tile = QRect(x, y, kTile, kTile) & canvas.rect();
                if (!painted(canvas, tile))
                    continue;
                QImage image = canvas.copy(tile);
                image.setDevicePixelRatio(1);
                sprite.m_tiles.push_back({device.topLeft() + tile.topLeft(), std::move(image)});
            }
    }
    sprite.draw(painter);
    return sprite;
}

void Sprite::draw(QPainter& painter) const
{
    // In device pixels: a tile scaled by 1/dpr and back would be resampled, and could land a
    // pixel off.
    const double dpr = painter.device()->devicePixelRatioF();
    painter.save();
    painter.setWorldTransform(QTransform::fromScale(1 / dpr, 1 / dpr));
    for (const Tile& tile : m_tiles)
        painter.drawImage(tile.at, tile.image);
    painter.restore();
}

std::size_t Sprite::bytes() const
{
    std::size_t sum = 0;
    for (const Tile& tile : m_tiles)
        sum += static_cast<std::size_t>(tile.image.sizeInBytes());
    return sum;
}

} // namespace frontier
