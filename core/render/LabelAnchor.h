#pragma once

#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <optional>
#include <vector>

namespace frontier {

/// \brief Where an area's label goes: the point of the area's visible part farthest from its
/// edges (its pole of inaccessibility), so that a country zoomed in on is labelled on its own
/// side of a border.
namespace LabelAnchor {

/// `rings` are the area's outlines in screen px (even-odd: holes are rings too); `view` is the
/// visible rectangle. nullopt when no part of the area is visible.
std::optional<QPointF> visibleInterior(const std::vector<QPolygonF>& rings, const QRectF& view);

} // namespace LabelAnchor
} // namespace frontier
