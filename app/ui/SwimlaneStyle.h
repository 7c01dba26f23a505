#pragma once

#include "model/Event.h"
#include "render/Style.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace frontier {

/// \brief How the swimlane chart and its legend fill a period: controller or status colour;
/// unknown grey with dark hatching, approximate with light hatching, disputed edged in red.
class SwimlaneStyle {
public:
    static QColor statusColor(const Style& style, CrossingStatus status);
    static QColor disputedColor() { return QColor(0xd0, 0x10, 0x30); }
    /// `with` is the co-controllers' colour (invalid for none): a stripe along the bottom.
    static void fill(QPainter& painter, const QRectF& rect, const QColor& color, bool unknown, bool approximate,
                     bool disputed, const QColor& with = {});
};

} // namespace frontier
