#include "DecorationLayout.h"

#include <algorithm>

namespace frontier {

DecorationLayout::DecorationLayout(QSizeF size)
{
    const double w = size.width(), h = size.height(), m = kMargin;
    title = QRectF(m, m, std::min(560.0, w - 2 * m - 60), 62);
    northArrow = QRectF(w - m - 40, m, 40, 58);
    attribution = QRectF(w * 0.35, h - m - 14, w * 0.65 - m, 14);
    scaleBar = QRectF(w - m - 230, attribution.top() - 42, 230, 38);
    const double legendHeight = std::min(h - title.bottom() - 2 * m, 12 + kLegendRow * kLegendMaxRows);
    legend = QRectF(m, h - m - legendHeight, 250, legendHeight);
}

} // namespace frontier
