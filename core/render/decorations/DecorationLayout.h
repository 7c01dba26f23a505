#pragma once

#include <QRectF>
#include <QSizeF>

namespace frontier {

/// \brief Where each piece of map furniture goes for a map size. The label engine keeps labels
/// out of these areas, and the decorations draw inside them.
struct DecorationLayout {
    explicit DecorationLayout(QSizeF size);
    QRectF title;
    QRectF legend;
    QRectF northArrow;
    QRectF scaleBar;
    QRectF attribution;
    static constexpr double kMargin = 12;
    static constexpr double kLegendRow = 18;
    static constexpr int kLegendMaxRows = 19;
};

} // namespace frontier
