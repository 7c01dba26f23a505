#pragma once

#include <QImage>
#include <QPoint>
#include <QRectF>

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

class QPainter;

namespace frontier {

/// \brief Something drawn once into small tiles of the frame's device pixels, blended again at
/// later frames of the same view instead of being drawn again. Only the tiles it paints are
/// kept, so a long thin shape (a sector's band) costs about its own area, not its bounding box.
/// A tile lands on exactly the pixels it was cut from, so a frame is the same either way.
class Sprite {
public:
    using Paint = std::function<void(QPainter&)>;

    /// Runs `paint` (which draws within `bounds`, the frame's logical px, with a painter whose
    /// origin is the frame's) into tiles, and draws them with `painter`. When `painter` cannot
    /// take tiles (it is transformed, or its device pixel ratio is no simple fraction), `paint`
    /// runs on it directly and there is no sprite.
    static std::optional<Sprite> paint(QPainter& painter, QRectF bounds, const Paint& paint);

    void draw(QPainter& painter) const;
    std::size_t bytes() const;

private:
    struct Tile {
        QPoint at; ///< device px from the frame's origin
        QImage image;
    };
    std::vector<Tile> m_tiles;
};

} // namespace frontier
