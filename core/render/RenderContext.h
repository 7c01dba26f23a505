#pragma once

#include "MapSettings.h"
#include "RenderPass.h"
#include "Style.h"
#include "TextCache.h"
#include "geo/CoordinateTransform.h"
#include "geo/ProjectedLayers.h"
#include "geo/Viewport.h"
#include "time/Timeline.h"

#include <QFont>

#include <algorithm>
#include <span>
#include <vector>

namespace frontier {

class LabelEngine;
class ProjectedOverlay;
class ViewSprites;

/// \brief What a layer or decoration needs to paint one pass of a frame. Built by the renderer;
/// read-only except the label engine, which collects the static pass's labels.
struct RenderContext {
    const MapSettings& settings;
    const Style& style;
    const Viewport& viewport;
    const Timeline& timeline;
    const ProjectedLayers& projected;
    const CoordinateTransform& transform;
    RenderPass pass;
    LabelEngine& labels;
    const std::vector<FeatureState>& states; ///< at the settings' date; empty in the static pass
    const std::vector<QColor>& actorColors;  ///< per actor index (Style::actorColors)
    TextCache& text;                         ///< labels laid out, kept by the renderer
    /// settings.overlays projected into the settings' CRS, in the same order.
    std::span<const ProjectedOverlay* const> overlays;
    /// What the view keeps rasterised between its frames; none: draw everything.
    ViewSprites* sprites = nullptr;

    const Dataset& dataset() const { return timeline.dataset(); }
    /// The crossings' states (the first features); empty in the static pass.
    std::span<const FeatureState> crossingStates() const
    {
        return std::span(states).first(std::min(states.size(), dataset().crossings().size()));
    }
    QPointF toScreen(MapPoint p) const { return viewport.toScreen(p); }
    /// A controller's colour; -1 (no controller) is the unknown colour.
    QColor actorColor(int actor) const
    {
        return actor < 0 ? style.unknownActor : actorColors[static_cast<std::size_t>(actor)];
    }
    bool isUnknownActor(int actor) const { return actor < 0 || actor == dataset().unknownActor(); }
    QFont font(double pixelSize, bool bold = false, bool italic = false) const
    {
        return mapFont(style, pixelSize, bold, italic);
    }

    /// The map's font in `style` at a pixel size.
    static QFont mapFont(const Style& style, double pixelSize, bool bold = false,
                         bool italic = false);
    /// Loads the map's fonts now (fontconfig's set-up and the font files cost tens of ms at the
    /// first text): call it on the GUI thread while the data loads on another.
    static void loadFonts(const Style& style);
};

} // namespace frontier
