#include "MapRenderer.h"

#include "LabelEngine.h"
#include "OffsetLine.h"
#include "RenderCache.h"
#include "RenderContext.h"
#include "decorations/Attribution.h"
#include "decorations/DecorationLayout.h"
#include "decorations/Legend.h"
#include "decorations/NorthArrow.h"
#include "decorations/OverlayLegend.h"
#include "decorations/ScaleBar.h"
#include "decorations/TitleBlock.h"
#include "layers/AreaLayer.h"
#include "layers/ChangesLayer.h"
#include "layers/CrossingsLayer.h"
#include "layers/DatedAreasLayer.h"
#include "layers/LabelLayer.h"
#include "layers/LineLayer.h"
#include "layers/OverlayLayer.h"
#include "layers/RasterLayer.h"
#include "layers/RibbonsLayer.h"

#include "overlay/ProjectedOverlay.h"

#include <QPainter>

namespace frontier {

struct MapRenderer::CrsCache {
    explicit CrsCache(const QString& crs, const Dataset& dataset)
        : transform(crs), projected(dataset, transform)
    {
    }
    CoordinateTransform transform;
    ProjectedLayers projected;
    /// Overlays projected into this CRS; an entry goes when its overlay is gone.
    std::map<const Overlay*,
             std::pair<std::weak_ptr<const Overlay>, std::unique_ptr<ProjectedOverlay>>>
        overlays;
};

MapRenderer::MapRenderer(std::shared_ptr<const Timeline> timeline, Style style)
    : m_timeline(std::move(timeline)), m_style(std::move(style)),
      m_actorColors(m_style.actorColors(m_timeline->dataset()))
{
    m_layers.push_back(std::make_unique<AreaLayer>(BaseLayer::Countries));
    m_layers.push_back(std::make_unique<AreaLayer>(BaseLayer::Governorates));
    m_layers.push_back(std::make_unique<RasterLayer>());
    m_layers.push_back(std::make_unique<LineLayer>(BaseLayer::Rivers));
    m_layers.push_back(std::make_unique<LineLayer>(BaseLayer::Frontier));
    m_layers.push_back(std::make_unique<OverlayLayer>(RenderPass::Static));
    m_layers.push_back(std::make_unique<LabelLayer>());
    m_layers.push_back(std::make_unique<OverlayLayer>(RenderPass::Dynamic));
    m_layers.push_back(std::make_unique<DatedAreasLayer>());
    m_layers.push_back(std::make_unique<RibbonsLayer>());
    m_layers.push_back(std::make_unique<ChangesLayer>());
    m_layers.push_back(std::make_unique<CrossingsLayer>());
    // In stacking order per corner: the first is nearest its corner.
    m_decorations.push_back(std::make_unique<TitleBlock>());
    m_decorations.push_back(std::make_unique<NorthArrow>());
    m_decorations.push_back(std::make_unique<Attribution>());
    m_decorations.push_back(std::make_unique<ScaleBar>());
    m_decorations.push_back(std::make_unique<Legend>());
    m_decorations.push_back(std::make_unique<OverlayLegend>()); // under the north arrow
}

MapRenderer::MapRenderer(std::shared_ptr<const Timeline> timeline, MapRenderer&& previous)
    : MapRenderer(std::move(timeline), previous.m_style)
{
    const Dataset& dataset = m_timeline->dataset();
    if (!ProjectedLayers::sameBasemap(previous.m_timeline->dataset(), dataset))
        return;
    for (auto& [crs, cache] : previous.m_crs) {
        cache->projected = ProjectedLayers(dataset, cache->transform, std::move(cache->projected));
        m_crs.emplace(crs, std::move(cache));
    }
    previous.m_crs.clear();
}

MapRenderer::~MapRenderer() = default;

MapRenderer::CrsCache& MapRenderer::cache(const QString& crs)
{
    auto it = m_crs.find(crs);
    if (it == m_crs.end())
        it = m_crs.emplace(crs, std::make_unique<CrsCache>(crs, m_timeline->dataset())).first;
    return *it->second;
}

const CoordinateTransform& MapRenderer::transform(const QString& crs)
{
    return cache(crs).transform;
}
const ProjectedLayers& MapRenderer::projected(const QString& crs)
{
    return cache(crs).projected;
}

const ProjectedOverlay& MapRenderer::projected(const QString& crs,
                                               const std::shared_ptr<const Overlay>& overlay)
{
    CrsCache& c = cache(crs);
    auto& entry = c.overlays[overlay.get()];
    if (!entry.second || entry.first.expired()) {
        entry.first = overlay;
        entry.second = std::make_unique<ProjectedOverlay>(*overlay, c.transform);
    }
    return *entry.second;
}

void MapRenderer::adoptProjection(const QString& crs, const std::shared_ptr<const Overlay>& overlay,
                                  std::unique_ptr<ProjectedOverlay> projected)
{
    cache(crs).overlays[overlay.get()] = {overlay, std::move(projected)};
}

std::vector<const ProjectedOverlay*> MapRenderer::projectedOverlays(const MapSettings& settings,
                                                                    CrsCache& crs)
{
    std::erase_if(crs.overlays, [](const auto& entry) { return entry.second.first.expired(); });
    std::vector<const ProjectedOverlay*> out;
    out.reserve(settings.overlays.size());
    for (const OverlayView& view : settings.overlays)
        out.push_back(&projected(settings.crs, view.overlay));
    return out;
}

std::vector<LabelEngine::Placed>
MapRenderer::paintPass(QPainter& painter, const MapSettings& settings, CrsCache& crs,
                       RenderPass pass, const std::vector<LabelEngine::Placed>& taken,
                       ViewSprites* sprites)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Each text runs its own way (Arabic from the right) on any device: a window's painter would
    // otherwise lay every text out in the window's direction.
    painter.setLayoutDirection(Qt::LayoutDirectionAuto);
    const Viewport vp = viewport(settings);
    const DecorationLayout layout(m_decorations, settings);
    LabelEngine labels(QRectF(QPointF(0, 0), settings.logicalSize()));
    for (const QRectF& area : layout.areas())
        if (!area.isEmpty())
            labels.reserve(area);
    for (const LabelEngine::Placed& label : taken)
        labels.reserve(label.rect);
    if (pass == RenderPass::Dynamic && settings.hasLayer(MapLayerId::Crossings)) {
        // The crossings' symbols are drawn last, over any label put there.
        const double r = SymbolPainter(m_style).extent();
        for (const MapPoint& p : crs.projected.crossings()) {
            const QPointF s = vp.toScreen(p);
            labels.reserve(QRectF(s.x() - r, s.y() - r, 2 * r, 2 * r));
        }
    }
    if (pass == RenderPass::Dynamic)
        m_timeline->stateAt(settings.date, m_states);
    static const std::vector<FeatureState> kNoStates;
    const std::vector<const ProjectedOverlay*> overlays = projectedOverlays(settings, crs);
    const RenderContext context{
        settings,      m_style,       vp,
        *m_timeline,   crs.projected, crs.transform,
        pass,          labels,        pass == RenderPass::Dynamic ? m_states : kNoStates,
        m_actorColors, m_text,        overlays,
        sprites};
    for (const auto& layer : m_layers)
        if (layer->pass() == pass)
            layer->paint(painter, context);
    for (std::size_t i = 0; i < m_decorations.size(); ++i)
        if (m_decorations[i]->pass() == pass && !layout.area(i).isEmpty()) {
            painter.save();
            m_decorations[i]->paint(painter, context, layout.area(i));
            painter.restore();
        }
    return labels.placed();
}

void MapRenderer::render(QPainter& painter, const MapSettings& settings, RenderCache* renderCache)
{
    CrsCache& crs = cache(settings.crs);
    const QRectF frame(QPointF(0, 0), settings.logicalSize());
    painter.save();
    std::vector<LabelEngine::Placed> staticLabels;
    ViewSprites* sprites = nullptr;
    if (!renderCache) {
        painter.fillRect(frame, settings.background.isValid() ? settings.background : m_style.sea);
        staticLabels = paintPass(painter, settings, crs, RenderPass::Static);
    } else {
        // The base depends on everything but the dates.
        MapSettings key = settings;
        key.date = Date{};
        key.compareDate = Date{};
        const bool sameRenderer = renderCache->m_renderer == this;
        if (renderCache->m_base.isNull() || key != renderCache->m_key || !sameRenderer) {
            MapSettings elsewhere = key; // the same look at the last view's extent
            elsewhere.extent = renderCache->m_key.extent;
            const bool moved =
                sameRenderer && !renderCache->m_base.isNull() && elsewhere == renderCache->m_key;
            QImage base(settings.size, QImage::Format_ARGB32_Premultiplied);
            base.setDevicePixelRatio(settings.devicePixelRatio);
            base.fill(settings.background.isValid() ? settings.background : m_style.sea);
            QPainter p(&base);
            renderCache->m_labels = paintPass(p, settings, crs, RenderPass::Static);
            p.end();
            renderCache->m_base = std::move(base);
            renderCache->m_key = key;
            renderCache->m_renderer = this;
            ++renderCache->m_baseRenders;
            renderCache->m_sprites.newView(moved);
        }
        sprites = &renderCache->m_sprites;
        // The base is opaque: copying it is faster than blending it.
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        painter.drawImage(frame, renderCache->m_base);
        painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    }
    paintPass(painter, settings, crs, RenderPass::Dynamic,
              renderCache ? renderCache->m_labels : staticLabels, sprites);
    if (sprites)
        sprites->frameDrawn();
    painter.restore();
}

QImage MapRenderer::renderImage(const MapSettings& settings, RenderCache* cache)
{
    QImage image(settings.size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(settings.devicePixelRatio);
    QPainter p(&image);
    render(p, settings, cache);
    return image;
}

void MapRenderer::paintDecoration(QPainter& painter, const MapSettings& settings,
                                  Decoration decoration, const QRectF& area)
{
    CrsCache& crs = cache(settings.crs);
    const Viewport vp = viewport(settings);
    LabelEngine labels(area);
    m_timeline->stateAt(settings.date, m_states);
    const std::vector<const ProjectedOverlay*> overlays = projectedOverlays(settings, crs);
    const RenderContext context{settings,
                                m_style,
                                vp,
                                *m_timeline,
                                crs.projected,
                                crs.transform,
                                RenderPass::Dynamic,
                                labels,
                                m_states,
                                m_actorColors,
                                m_text,
                                overlays};
    // The first with that id: the crossings' legend, not the overlays' (whose id is the same
    // switch).
    for (const auto& d : m_decorations)
        if (d->id() == decoration) {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            painter.setLayoutDirection(Qt::LayoutDirectionAuto);
            d->paint(painter, context, area);
            painter.restore();
            break;
        }
}

std::optional<OverlayPick::Hit> MapRenderer::overlayAt(const MapSettings& settings, QPointF pos)
{
    return OverlayPick::at(settings, projectedOverlays(settings, cache(settings.crs)), pos);
}

QRectF MapRenderer::decorationArea(const MapSettings& settings, Decoration decoration) const
{
    const DecorationLayout layout(m_decorations, settings);
    for (std::size_t i = 0; i < m_decorations.size(); ++i)
        if (m_decorations[i]->id() == decoration)
            return layout.area(i);
    return {};
}

QPointF MapRenderer::crossingPosition(const MapSettings& settings, int crossing)
{
    const auto& points = projected(settings.crs).crossings();
    return viewport(settings).toScreen(points.at(static_cast<std::size_t>(crossing)));
}

int MapRenderer::crossingAt(const MapSettings& settings, QPointF pos)
{
    if (!settings.hasLayer(MapLayerId::Crossings))
        return -1;
    const auto& points = projected(settings.crs).crossings();
    const Viewport vp = viewport(settings);
    int best = -1;
    const double reach = m_style.crossingRadius + 4;
    double bestD2 = reach * reach;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const QPointF d = vp.toScreen(points[i]) - pos;
        const double d2 = d.x() * d.x() + d.y() * d.y();
        if (d2 <= bestD2) {
            bestD2 = d2;
            best = static_cast<int>(i);
        }
    }
    return best;
}

int MapRenderer::sectorAt(const MapSettings& settings, QPointF pos)
{
    if (!settings.hasLayer(MapLayerId::Ribbons))
        return -1;
    const Viewport vp = viewport(settings);
    double bestDistance = m_style.ribbonGap + m_style.ribbonWidth + m_style.ribbonPickSlack;
    // Only sectors whose bounds come within reach are measured.
    const MapPoint m = vp.toMap(pos);
    const double r = bestDistance * vp.unitsPerPixel();
    const MapRect reach{m.x - r, m.y - r, m.x + r, m.y + r};
    int best = -1;
    for (const ProjectedFeature& sector : projected(settings.crs).sectors()) {
        if (sector.parts.empty() || !sector.bounds.intersects(reach))
            continue;
        const double d = OffsetLine::distance(
            OffsetLine::toScreen(sector.parts.front(), vp, m_style.ribbonMinStep), pos);
        if (d <= bestDistance) {
            bestDistance = d;
            best = sector.feature;
        }
    }
    return best;
}

} // namespace frontier
