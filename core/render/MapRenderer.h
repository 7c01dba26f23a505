#pragma once

#include "MapLayer.h"
#include "MapSettings.h"
#include "Style.h"
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

/// \brief Paints the map for a MapSettings value onto any QPainter: the one render path of the
/// window, the exporter, frame series and tests.
///
/// What does not depend on the date (projected geometry per CRS; the basemap, labels and static
/// furniture per view) is cached, so a date change repaints only the crossings, the title and
/// the legend over a cached base image.
class MapRenderer {
public:
    explicit MapRenderer(std::shared_ptr<const Timeline> timeline, Style style = {});
    ~MapRenderer();
    MapRenderer(const MapRenderer&) = delete;
    MapRenderer& operator=(const MapRenderer&) = delete;

    /// Paints at the painter's origin, `settings.logicalSize()`. Throws ProjError for a
    /// CRS PROJ does not know.
    void render(QPainter& painter, const MapSettings& settings);
    /// A new image of settings.size pixels with the settings' device pixel ratio.
    QImage renderImage(const MapSettings& settings);

    const Timeline& timeline() const { return *m_timeline; }
    std::shared_ptr<const Timeline> sharedTimeline() const { return m_timeline; }
    const Style& style() const { return m_style; }
    /// The transform and projected layers for a CRS (built on first use). Throws ProjError.
    const CoordinateTransform& transform(const QString& crs);
    const ProjectedLayers& projected(const QString& crs);
    /// The whole frontier with a margin, in `crs`.
    MapRect homeExtent(const QString& crs) { return projected(crs).homeExtent(); }
    static Viewport viewport(const MapSettings& s) { return Viewport(s.extent, s.logicalSize()); }
    /// The crossing whose marker is under `pos` (logical px), or -1.
    int crossingAt(const MapSettings& settings, QPointF pos);

private:
    struct CrsCache;
    CrsCache& cache(const QString& crs);
    const QImage& baseImage(const MapSettings& settings, CrsCache& crs);

    std::shared_ptr<const Timeline> m_timeline;
    Style m_style;
    std::map<QString, std::unique_ptr<CrsCache>> m_crs;
    std::vector<std::unique_ptr<MapLayer>> m_static; ///< cached in the base image
    std::vector<std::unique_ptr<MapLayer>> m_dynamic; ///< painted every frame
    MapSettings m_baseKey;
    QImage m_base;
    std::vector<CrossingState> m_states;
};

} // namespace frontier
