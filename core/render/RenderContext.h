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
    QFont font(double pixelSize, bool bold = false, bool italic = false) const { return mapFont(style, pixelSize, bold, italic); }

    /// The map's font in `style` at a pixel size.
    static QFont mapFont(const Style& style, double pixelSize, bool bold = false, bool italic = false);
    /// Loads the map's fonts now (fontconfig's set-up and the font files cost tens of ms at the
    /// first text): call it on the GUI thread while the data loads on another.
    static void loadFonts(const Style& style);
};

} // namespace frontier
