#pragma once

#include "CoordinateTransform.h"
#include "MapGeometry.h"
#include "model/Dataset.h"

#include <array>
#include <vector>

namespace frontier {

/// \brief One basemap feature in map coordinates, with its bounds.
struct ProjectedFeature {
    std::vector<std::vector<MapPoint>> parts;
    MapRect bounds = MapRect::empty();
    int feature = -1; ///< index into the source layer's features
};

/// \brief The dataset's static geometry projected once into one CRS (the renderer keeps one per
/// CRS, so nothing is re-projected when the date, the pan or the zoom changes).
class ProjectedLayers {
public:
    ProjectedLayers(const Dataset& dataset, const CoordinateTransform& transform);
    /// The dataset's geometry, the basemap taken from `basemap` (projected by `transform` from
    /// a dataset whose basemap geometry is `dataset`'s: see sameBasemap).
    ProjectedLayers(const Dataset& dataset, const CoordinateTransform& transform,
                    ProjectedLayers&& basemap);
    /// Whether two datasets' basemap layers have the same geometry (an edit of the events,
    /// actors, sources or areas keeps it), so one's projected basemap serves the other.
    static bool sameBasemap(const Dataset& a, const Dataset& b);

    const std::vector<ProjectedFeature>& layer(BaseLayer layer) const
    {
        return m_layers[static_cast<std::size_t>(layer)];
    }
    /// FrontierFeature points, in dataset order.
    const std::vector<MapPoint>& crossings() const { return m_crossings; }
    /// Each sector's piece of the frontier line, in `Dataset::sectors()` order (`feature`: its
    /// feature index); one part, running away from km 0.
    const std::vector<ProjectedFeature>& sectors() const { return m_sectors; }
    /// Each dated area, in `Dataset::areas()` order (`feature`: its index): its rings, or one
    /// part holding its point.
    const std::vector<ProjectedFeature>& areas() const { return m_areas; }
    /// The frontier line's extent, grown by a margin: the "Home" view.
    MapRect homeExtent() const { return m_home; }

private:
    /// The crossings, sectors and dated areas, and the home extent.
    void projectFeatures(const Dataset& dataset, const CoordinateTransform& transform);

    std::array<std::vector<ProjectedFeature>, kBaseLayerCount> m_layers;
    std::vector<MapPoint> m_crossings;
    std::vector<ProjectedFeature> m_sectors;
    std::vector<ProjectedFeature> m_areas;
    MapRect m_home = MapRect::empty();
};

} // namespace frontier
