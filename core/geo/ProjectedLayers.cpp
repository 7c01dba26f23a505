#include "ProjectedLayers.h"

#include <algorithm>
#include <cmath>

namespace frontier {
namespace {

bool isPlaced(const MapPoint& p)
{
    return std::isfinite(p.x) && std::abs(p.x) <= 1e15;
}

// `parts` projected into `out`; points PROJ cannot place (outside a CRS's area) are dropped, not
// drawn at infinity.
void project(const std::vector<std::vector<GeoPoint>>& parts, const CoordinateTransform& transform,
             ProjectedFeature& out)
{
    for (const auto& part : parts) {
        std::vector<MapPoint> projected(part.size());
        transform.forward(part, projected);
        std::erase_if(projected, [](const MapPoint& p) { return !isPlaced(p); });
        for (const MapPoint& p : projected)
            out.bounds.include(p);
        if (!projected.empty())
            out.parts.push_back(std::move(projected));
    }
}

} // namespace

ProjectedLayers::ProjectedLayers(const Dataset& dataset, const CoordinateTransform& transform)
{
    for (int l = 0; l < kBaseLayerCount; ++l) {
        const auto& features = dataset.layer(static_cast<BaseLayer>(l)).features;
        auto& out = m_layers[static_cast<std::size_t>(l)];
        out.reserve(features.size());
        for (std::size_t f = 0; f < features.size(); ++f) {
            ProjectedFeature pf;
            pf.feature = static_cast<int>(f);
            project(features[f].parts, transform, pf);
            if (!pf.parts.empty())
                out.push_back(std::move(pf));
        }
    }
    projectFeatures(dataset, transform);
}

ProjectedLayers::ProjectedLayers(const Dataset& dataset, const CoordinateTransform& transform,
                                 ProjectedLayers&& basemap)
    : m_layers(std::move(basemap.m_layers))
{
    projectFeatures(dataset, transform);
}

bool ProjectedLayers::sameBasemap(const Dataset& a, const Dataset& b)
{
    for (int l = 0; l < kBaseLayerCount; ++l) {
        const auto& x = a.layer(static_cast<BaseLayer>(l)).features;
        const auto& y = b.layer(static_cast<BaseLayer>(l)).features;
        if (!std::equal(x.begin(), x.end(), y.begin(), y.end(),
                        [](const Feature& f, const Feature& g) { return f.parts == g.parts; }))
            return false;
    }
    return true;
}

void ProjectedLayers::projectFeatures(const Dataset& dataset, const CoordinateTransform& transform)
{
    std::vector<GeoPoint> points;
    for (const FrontierFeature& c : dataset.crossings())
        points.push_back(c.point);
    m_crossings.resize(points.size());
    transform.forward(points, m_crossings);

    for (const FrontierFeature& sector : dataset.sectors()) {
        ProjectedFeature pf;
        pf.feature = dataset.firstSector() + static_cast<int>(m_sectors.size());
        project({dataset.frontierLine().slice(sector.fromKm, sector.toKm)}, transform, pf);
        m_sectors.push_back(std::move(pf));
    }
    for (const DatedArea& area : dataset.areas()) {
        ProjectedFeature pf;
        pf.feature = static_cast<int>(m_areas.size());
        project(area.isPoint() ? std::vector<std::vector<GeoPoint>>{{area.point}} : area.rings,
                transform, pf);
        m_areas.push_back(std::move(pf));
    }

    for (const auto& f : layer(BaseLayer::Frontier)) {
        m_home.include({f.bounds.xmin, f.bounds.ymin});
        m_home.include({f.bounds.xmax, f.bounds.ymax});
    }
    for (const MapPoint& p : m_crossings)
        if (isPlaced(p))
            m_home.include(p);
    if (m_home.isValid())
        m_home = m_home.grown(0.12);
    else
        m_home = transform.forwardBox(37.5, 32.0, 43.5, 38.0);
}

} // namespace frontier
