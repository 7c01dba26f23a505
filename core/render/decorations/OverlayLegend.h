#pragma once

#include "MapDecoration.h"

#include <QColor>
#include <QString>

#include <vector>

namespace frontier {

/// \brief The analyst's layers' legend, top right under the north arrow: each visible overlay
/// by name with its symbol, and its categories under it. Absent when no overlay shows.
class OverlayLegend : public MapDecoration {
public:
    /// One row: an overlay's name (with its symbol when it has no categories) or a category.
    struct Row {
        std::size_t overlay; ///< index into MapSettings::overlays
        QString text;
        QColor color; ///< the category's colour; invalid for an overlay's row
        bool category = false;
    };

    Decoration id() const override { return Decoration::Legend; }
    Placement placement() const override { return Placement::TopRight; }
    RenderPass pass() const override { return RenderPass::Dynamic; }
    QSizeF size(QSizeF mapSize) const override;
    QSizeF sizeFor(const MapSettings& settings) const override;
    void paint(QPainter& painter, const RenderContext& context, const QRectF& area) const override;

    /// The rows for the settings' visible overlays, top to bottom.
    static std::vector<Row> rows(const MapSettings& settings);
};

} // namespace frontier
