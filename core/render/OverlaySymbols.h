#pragma once

#include "overlay/OverlayStyle.h"

#include <QImage>
#include <QPointF>

#include <map>
#include <utility>

class QPainter;

namespace frontier {

/// \brief Draws an overlay's point symbol (its shape, outline and a fill colour) on the map and
/// in the legend. Each colour and size is drawn once into an image and stamped from then on, so
/// a million points cost a million image copies, not a million antialiased paths.
class OverlaySymbols {
public:
    OverlaySymbols(const OverlayStyle& style, double devicePixelRatio);
    /// The symbol centred on `centre` (logical px), `diameter` logical px across.
    void draw(QPainter& painter, QPointF centre, const QColor& fill, double diameter);
    /// The symbol as a path centred on 0,0.
    static QPainterPath shape(OverlayStyle::Symbol symbol, double diameter);

private:
    const QImage& stamp(const QColor& fill, double diameter);

    const OverlayStyle& m_style;
    double m_ratio;
    std::map<std::pair<QRgb, int>, QImage> m_stamps; ///< by colour and diameter in half pixels
};

} // namespace frontier
