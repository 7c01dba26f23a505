#pragma once

#include "MapSettings.h"

#include <QPointF>

#include <optional>
#include <span>

namespace frontier {

class ProjectedOverlay;

/// \brief Which overlay feature is drawn under a point of the map: the top overlay first, a
/// point's symbol, within a few pixels of a line, inside a polygon; hidden overlays and
/// features the date filters out are passed over.
namespace OverlayPick {

struct Hit {
    std::size_t overlay; ///< index into MapSettings::overlays
    std::size_t feature;
};

/// `projected`: settings.overlays in the settings' CRS, in order; `pos` in logical pixels.
std::optional<Hit> at(const MapSettings& settings,
                      std::span<const ProjectedOverlay* const> projected, QPointF pos);

} // namespace OverlayPick

} // namespace frontier
