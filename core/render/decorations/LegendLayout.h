#pragma once

#include "Legend.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace frontier {

/// \brief Where the legend's rows go, in its box's own coordinates (its top-left at 0,0, before
/// the scale), and where the box goes on the map: one row to a line; on a map too short for
/// that, short rows two to a line in a wider box, and if that is still too tall the whole
/// legend drawn smaller. Mirrored when the rows read right to left: the symbols on the right.
struct LegendLayout {
    struct Place {
        QPointF symbol; ///< the symbol's centre
        QRectF text;
    };

    static constexpr double kWidth = 250;
    static constexpr double kCompactWidth = 300;
    /// The height that the most rows any date of the bundled data needs take (LegendTest checks
    /// every date), so the reserved area, and the box within it, do not move with the date on
    /// maps of 630 px and taller; a smaller map's legend pairs its rows and may shrink to fit.
    static const double kMaxHeight;

    /// The rows placed one to a line, or paired in the wider compact box, at their natural size.
    static LegendLayout arrange(const std::vector<Legend::Entry>& entries, bool compact);
    /// The rows at the bottom of `area`: compact only when they do not fit it one to a line. A
    /// series' `box` (its width says which arrangement) keeps every frame's box one size, the
    /// rows at its top.
    static LegendLayout in(const QRectF& area, const std::vector<Legend::Entry>& entries,
                           QSizeF box);

    QPointF toMap(QPointF local) const { return box.topLeft() + local * scale; }

    std::vector<Place> places;
    QSizeF size; ///< unscaled
    double scale = 1;
    QRectF box; ///< on the map: at the bottom of the area, scaled
};

} // namespace frontier
