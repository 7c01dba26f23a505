#pragma once

#include "render/MapSettings.h"
#include "render/RenderPass.h"

#include <QRectF>
#include <QSizeF>

class QPainter;

namespace frontier {

struct RenderContext;

/// Where a decoration sits on the map; decorations in one corner stack away from it.
enum class Placement { TopLeft, TopRight, BottomLeft, BottomRight };

/// \brief Map furniture (title, legend, scale bar, north arrow, attribution): drawn over the
/// layers in an area the layout gives it from its placement, and kept free of labels.
class MapDecoration {
public:
    virtual ~MapDecoration() = default;
    /// The settings flag that switches it on.
    virtual Decoration id() const = 0;
    virtual Placement placement() const = 0;
    virtual RenderPass pass() const = 0;
    /// The area it needs on a map of `mapSize` logical pixels.
    virtual QSizeF size(QSizeF mapSize) const = 0;
    /// The area it needs for `settings`; empty leaves it out. Most depend on the size only.
    virtual QSizeF sizeFor(const MapSettings& settings) const
    {
        return size(settings.logicalSize());
    }
    virtual void paint(QPainter& painter, const RenderContext& context,
                       const QRectF& area) const = 0;
};

} // namespace frontier
