#include "StampCanvas.h"

#include <QPaintDevice>
#include <QPainter>

#include <cstdint>

namespace frontier {
namespace {

constexpr int kTile = 64; // device px: a tile of the canvas stays in the core's cache

// x's four channels times a/255, rounded as Qt's BYTE_MUL does.
inline std::uint32_t byteMul(std::uint32_t x, std::uint32_t a)
{
    std::uint32_t t = (x & 0xff00ff) * a;
    t = ((t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8) & 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    x = (x + ((x >> 8) & 0xff00ff) + 0x800080) & 0xff00ff00;
    return x | t;
}

// `rect` of `canvas` takes the stamp's pixels from `from` on, premultiplied source-over.
// Without branches: a stamp's edge mixes opaque, clear and partial pixels, and a mispredicted
// branch a pixel costs more than the arithmetic (which leaves opaque and clear pixels as they
// would be anyway).
void blendRect(QImage& canvas, const QRect& rect, const QImage& stamp, QPoint from)
{
    const qsizetype canvasLine = canvas.bytesPerLine() / 4, stampLine = stamp.bytesPerLine() / 4;
    auto* dst =
        reinterpret_cast<std::uint32_t*>(canvas.bits()) + rect.top() * canvasLine + rect.left();
    const auto* src =
        reinterpret_cast<const std::uint32_t*>(stamp.constBits()) + from.y() * stampLine + from.x();
    for (int y = 0; y < rect.height(); ++y, dst += canvasLine, src += stampLine)
        for (int x = 0; x < rect.width(); ++x)
            dst[x] = src[x] + byteMul(dst[x], 255 - (src[x] >> 24));
}

} // namespace

void StampCanvas::add(QPoint at, const QImage& stamp)
{
    const QRect whole(at, stamp.size());
    const QRect rect = whole & m_frame;
    if (rect.isEmpty())
        return;
    m_placed.push_back({rect, &stamp, rect.topLeft() - whole.topLeft()});
    m_bounds |= rect;
}

std::vector<StampCanvas::Tile> StampCanvas::tiles() const
{
    const int cols = (m_bounds.width() + kTile - 1) / kTile;
    const int rows = (m_bounds.height() + kTile - 1) / kTile;
    const auto eachTile = [&](const QRect& r, auto&& visit) {
        for (int ty = (r.top() - m_bounds.top()) / kTile;
             ty <= (r.bottom() - m_bounds.top()) / kTile; ++ty)
            for (int tx = (r.left() - m_bounds.left()) / kTile;
                 tx <= (r.right() - m_bounds.left()) / kTile; ++tx)
                visit(static_cast<std::size_t>(ty) * static_cast<std::size_t>(cols) +
                      static_cast<std::size_t>(tx));
    };
    // Each stamp listed under every tile it meets, in the order added (a counting sort).
    std::vector<std::uint32_t> starts(static_cast<std::size_t>(cols) * rows + 1, 0);
    for (const Placed& p : m_placed)
        eachTile(p.rect, [&](std::size_t t) { ++starts[t + 1]; });
    for (std::size_t t = 1; t < starts.size(); ++t)
        starts[t] += starts[t - 1];
    std::vector<std::uint32_t> listed(starts.back());
    std::vector<std::uint32_t> fill(starts.begin(), starts.end() - 1);
    for (std::size_t i = 0; i < m_placed.size(); ++i)
        eachTile(m_placed[i].rect,
                 [&](std::size_t t) { listed[fill[t]++] = static_cast<std::uint32_t>(i); });
    std::vector<Tile> out;
    for (std::size_t t = 0; t + 1 < starts.size(); ++t) {
        if (starts[t] == starts[t + 1])
            continue;
        const int tx = static_cast<int>(t % static_cast<std::size_t>(cols));
        const int ty = static_cast<int>(t / static_cast<std::size_t>(cols));
        Tile tile{QRect(m_bounds.left() + tx * kTile, m_bounds.top() + ty * kTile, kTile, kTile) &
                      m_bounds,
                  {}};
        for (std::uint32_t e = starts[t]; e < starts[t + 1]; ++e)
            tile.stamps.push_back(listed[e]);
        out.push_back(std::move(tile));
    }
    return out;
}

void StampCanvas::blend(QImage& canvas, QPoint origin, const Tile& tile) const
{
    for (const std::uint32_t i : tile.stamps) {
        const Placed& p = m_placed[i];
        const QRect r = p.rect & tile.rect;
        blendRect(canvas, r.translated(-origin), *p.image,
                  p.offset + (r.topLeft() - p.rect.topLeft()));
    }
}

void StampCanvas::paint(QPainter& painter, double devicePixelRatio) const
{
    if (m_placed.empty())
        return;
    const std::vector<Tile> tiles = this->tiles();
    if (!painter.worldTransform().isIdentity()) {
        // A page layout's painter scales the map: one image, resampled as a whole.
        QImage canvas(m_bounds.size(), QImage::Format_ARGB32_Premultiplied);
        canvas.fill(Qt::transparent);
        for (const Tile& tile : tiles)
            blend(canvas, m_bounds.topLeft(), tile);
        canvas.setDevicePixelRatio(devicePixelRatio);
        painter.drawImage(QPointF(m_bounds.topLeft()) / devicePixelRatio, canvas);
        return;
    }
    // Tile by tile through one small image, in device pixels as Sprite draws: scaled by 1/ratio
    // and back, it could land a pixel off.
    const double ratio = painter.device()->devicePixelRatioF();
    painter.save();
    painter.setWorldTransform(QTransform::fromScale(1 / ratio, 1 / ratio));
    QImage canvas(kTile, kTile, QImage::Format_ARGB32_Premultiplied);
    for (const Tile& tile : tiles) {
        canvas.fill(Qt::transparent);
        blend(canvas, tile.rect.topLeft(), tile);
        painter.drawImage(tile.rect.topLeft(), canvas, QRect(QPoint(0, 0), tile.rect.size()));
    }
    painter.restore();
}

} // namespace frontier
