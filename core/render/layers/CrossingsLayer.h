#pragma once

#include "render/MapLayer.h"

#include <QColor>
#include <QPointF>
#include <QString>

namespace frontier {

struct CrossingState;
struct Style;

/// \brief The crossings at the settings' date: a disc split between the Syrian (west) and Iraqi
/// (east) halves, each in its controller's colour; a ring for the status; marks for approximate
/// (~) and disputed (?) states; a halo for the selected crossing.
class CrossingsLayer : public MapLayer {
public:
    static constexpr double kRadius = 11;
    void paint(QPainter& painter, const RenderContext& context) const override;
    /// One marker, also used by the legend.
    static void drawMarker(QPainter& painter, QPointF center, double radius, const QColor& sy,
                           const QColor& iq, bool syUnknown, bool iqUnknown, int status, const Style& style);
    static void drawBadge(QPainter& painter, QPointF center, const QString& text, const QColor& fill);
};

} // namespace frontier
