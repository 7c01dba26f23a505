#pragma once

#include "LabelEngine.h"
#include "MapLayer.h"
#include "MapSettings.h"
#include "OverlayPick.h"
#include "Style.h"
#include "TextCache.h"
#include "decorations/MapDecoration.h"
#include "geo/CoordinateTransform.h"
#include "geo/ProjectedLayers.h"
#include "geo/Viewport.h"
#include "time/Timeline.h"

#include <QImage>

#include <map>
#include <memory>
#include <vector>

class QPainter;

namespace frontier {

class ProjectedOverlay;
class RenderCache;
class ViewSprites;

/// \brief Paints the map for a MapSettings value onto any QPainter: the one render path of the
/// window, the exporter, frame series and tests.
///
/// Projected geometry is kept per CRS. What does not depend on the date (the basemap, labels and
/// static decorations) is kept per view in a RenderCache the caller owns, so a date change
/// repaints only the crossings, the title and the legend over the cached base image, the
/// sector bands and the legend mostly from the sprites that cache keeps.
class MapRenderer {
public:
    explicit MapRenderer(std::shared_ptr<const Timeline> timeline, Style style = {});
    /// A renderer of `timeline` in `previous`'s style. When `timeline`'s basemap geometry is
    /// `previous`'s (an edit of the events), it takes over `previous`'s transforms, projected
    /// overlays and projected basemap, and projects only the frontier's features again.
    MapRenderer(std::shared_ptr<const Timeline> timeline, MapRenderer&& previous);
    ~MapRenderer();
    MapRenderer(const MapRenderer&) = delete;
    MapRenderer& operator=(const MapRenderer&) = delete;

    /// Paints at the painter's origin, `settings.logicalSize()`, reusing and updating the base
    /// image in `cache` (nullptr: nothing is kept, as for a one-off export). Throws ProjError
    /// for a CRS PROJ does not know.
    void render(QPainter& painter, const MapSettings& settings, RenderCache* cache = nullptr);
    /// A new image of settings.size pixels with the settings' device pixel ratio.
    QImage renderImage(const MapSettings& settings, RenderCache* cache = nullptr);

    const Timeline& timeline() const { return *m_timeline; }
    std::shared_ptr<const Timeline> sharedTimeline() const { return m_timeline; }
    const Style& style() const { return m_style; }
    /// The colour of each actor of the dataset (Style::actorColors).
    const std::vector<QColor>& actorColors() const { return m_actorColors; }
    /// The transform and projected layers for a CRS (built on first use). Throws ProjError.
    const CoordinateTransform& transform(const QString& crs);
    const ProjectedLayers& projected(const QString& crs);
    /// An overlay projected into `crs` (on first use, unless adopted). Throws ProjError.
    const ProjectedOverlay& projected(const QString& crs,
                                      const std::shared_ptr<const Overlay>& overlay);
    /// Takes an overlay's projection made elsewhere (on a loading thread).
    void adoptProjection(const QString& crs, const std::shared_ptr<const Overlay>& overlay,
                         std::unique_ptr<ProjectedOverlay> projected);
    /// The whole frontier with a margin, in `crs`.
    MapRect homeExtent(const QString& crs) { return projected(crs).homeExtent(); }
    static Viewport viewport(const MapSettings& s) { return Viewport(s.extent, s.logicalSize()); }
    /// The crossing whose marker is under `pos` (logical px), or -1.
    int crossingAt(const MapSettings& settings, QPointF pos);
    /// The sector whose ribbon is under `pos` (logical px, within Style::ribbonPickSlack of a
    /// band), as a feature index, or -1; the nearest line wins where two meet.
    int sectorAt(const MapSettings& settings, QPointF pos);
    /// The overlay feature drawn under `pos` (logical px), if any (OverlayPick).
    std::optional<OverlayPick::Hit> overlayAt(const MapSettings& settings, QPointF pos);
    /// Paints one decoration of `settings` (for its date and compare date) into `area`, apart
    /// from any map: a figure's shared legend.
    void paintDecoration(QPainter& painter, const MapSettings& settings, Decoration decoration,
                         const QRectF& area);
    /// Where a decoration goes in `settings` (empty when it is switched off).
    QRectF decorationArea(const MapSettings& settings, Decoration decoration) const;
    /// Screen position (logical px) of a crossing in `settings`' view.
    QPointF crossingPosition(const MapSettings& settings, int crossing);

private:
    struct CrsCache;
    CrsCache& cache(const QString& crs);
    /// Paints one pass of the layers and decorations, keeping its labels off `taken` (the
    /// static pass's labels); returns the labels it placed.
    /// settings.overlays projected into the settings' CRS, in order.
    std::vector<const ProjectedOverlay*> projectedOverlays(const MapSettings& settings,
                                                           CrsCache& crs);
    std::vector<LabelEngine::Placed> paintPass(QPainter& painter, const MapSettings& settings,
                                               CrsCache& crs, RenderPass pass,
                                               const std::vector<LabelEngine::Placed>& taken = {},
                                               ViewSprites* sprites = nullptr);

    std::shared_ptr<const Timeline> m_timeline;
    Style m_style;
    std::vector<QColor> m_actorColors;
    std::map<QString, std::unique_ptr<CrsCache>> m_crs;
    std::vector<std::unique_ptr<MapLayer>> m_layers;
    std::vector<std::unique_ptr<MapDecoration>> m_decorations;
    std::vector<FeatureState> m_states;
    TextCache m_text;
};

} // namespace frontier
