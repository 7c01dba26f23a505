#pragma once

#include "MapSettings.h"
#include "Style.h"
#include "geo/CoordinateTransform.h"
#include "geo/ProjectedLayers.h"
#include "geo/Viewport.h"
#include "time/Timeline.h"

#include <QFont>

#include <vector>

namespace frontier {

class LabelEngine;

/// \brief What a layer needs to paint one frame. Built by the renderer; read-only for layers
/// except the label engine, which collects the static labels.
struct RenderContext {
    const MapSettings& settings;
    const Style& style;
    const Viewport& viewport;
    const Timeline& timeline;
    const ProjectedLayers& projected;
    const CoordinateTransform& transform;
    LabelEngine* labels = nullptr; ///< set during the static pass
    const std::vector<CrossingState>* states = nullptr; ///< set during the dynamic pass

    const Dataset& dataset() const { return timeline.dataset(); }
    QPointF toScreen(MapPoint p) const { return viewport.toScreen(p); }
    QFont font(double pixelSize, bool bold = false, bool italic = false) const;
};

} // namespace frontier
