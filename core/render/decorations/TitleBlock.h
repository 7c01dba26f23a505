#pragma once

#include "MapDecoration.h"

namespace frontier {

/// \brief The map's title and the date it shows, top left.
class TitleBlock : public MapDecoration {
public:
    Decoration id() const override { return Decoration::Title; }
    Placement placement() const override { return Placement::TopLeft; }
    RenderPass pass() const override { return RenderPass::Dynamic; }
    QSizeF size(QSizeF mapSize) const override;
    void paint(QPainter& painter, const RenderContext& context, const QRectF& area) const override;
};

} // namespace frontier
