#pragma once

#include "MapDecoration.h"

#include <QStringList>

namespace frontier {

/// \brief The data credits, bottom right.
class Attribution : public MapDecoration {
public:
    Decoration id() const override { return Decoration::Attribution; }
    Placement placement() const override { return Placement::BottomRight; }
    RenderPass pass() const override { return RenderPass::Static; }
    QSizeF size(QSizeF mapSize) const override;
    QSizeF sizeFor(const MapSettings& settings) const override;
    void paint(QPainter& painter, const RenderContext& context, const QRectF& area) const override;

    /// The credits, one part each: the program, the basemap's sources, the dataset (its hash's
    /// first 12 digits), in the words of `language`.
    static QStringList credits(const QString& datasetHash,
                               LabelLanguage language = LabelLanguage::English);
};

} // namespace frontier
