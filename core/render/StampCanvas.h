#pragma once

#include <QImage>
#include <QRect>

#include <cstdint>
#include <vector>

class QPainter;

namespace frontier {

/// \brief Point symbols (stamps) blended into one image, drawn with one QPainter call: a
/// QPainter call per symbol costs about a microsecond, many times the blending of its pixels.
///
/// The stamps are blended tile by tile into a small image, each tile's in the order they were
/// added, so every pixel takes its stamps in order (premultiplied source-over, as QPainter
/// blends them); only tiles with stamps are drawn. The tiles are drawn as a layer: an opacity
/// set on the painter applies to the symbols together.
class StampCanvas {
public:
    /// `frame`: the device pixels drawn to; stamps are cut to them.
    explicit StampCanvas(const QRect& frame) : m_frame(frame) {}

    /// `stamp` (premultiplied ARGB, kept alive by the caller until paint()) with its top-left
    /// at the device pixel `at`, over those added before.
    void add(QPoint at, const QImage& stamp);
    /// Blends the stamps and draws them: in device pixels, or, when the painter is transformed
    /// (a page layout), as an image of `devicePixelRatio` at the frame's logical origin.
    void paint(QPainter& painter, double devicePixelRatio) const;

private:
    struct Placed {
        QRect rect; ///< device px, within m_frame
        const QImage* image;
        QPoint offset; ///< of rect's top-left in the image
    };
    /// A square of the frame and the stamps meeting it, in order.
    struct Tile {
        QRect rect;
        std::vector<std::uint32_t> stamps;
    };
    std::vector<Tile> tiles() const;
    /// Blends `tile`'s stamps into `canvas`, whose top-left is the device pixel `origin`.
    void blend(QImage& canvas, QPoint origin, const Tile& tile) const;

    QRect m_frame;
    QRect m_bounds; ///< of the stamps added, within m_frame
    std::vector<Placed> m_placed;
};

} // namespace frontier
