#pragma once

#include "overlay/OverlayStyle.h"

#include <QImage>
#include <QPointF>

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

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
    /// The image of one fill and size: made on first use, then the same index.
    std::uint32_t stampIndex(const QColor& fill, double diameter);
    const QImage& stamp(std::uint32_t index) const { return m_stamps[index]; }
    /// The device pixel a symbol centred on `centre` (logical px) is centred on.
    QPoint devicePixel(QPointF centre) const;
    /// The symbol as a path centred on 0,0.
    static QPainterPath shape(OverlayStyle::Symbol symbol, double diameter);

private:
    const OverlayStyle& m_style;
    double m_ratio;
    std::map<std::pair<QRgb, int>, std::uint32_t> m_index; ///< by colour and half pixels across
    std::vector<QImage> m_stamps;
};

} // namespace frontier
