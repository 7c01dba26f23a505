#include "MapRenderer.h"

#include "LabelEngine.h"
#include "RenderContext.h"
#include "decorations/Attribution.h"
#include "decorations/DecorationLayout.h"
#include "decorations/Legend.h"
#include "decorations/NorthArrow.h"
#include "decorations/ScaleBar.h"
#include "decorations/TitleBlock.h"
#include "layers/AreaLayer.h"
#include "layers/CrossingsLayer.h"
#include "layers/LabelLayer.h"
#include "layers/LineLayer.h"

#include <QPainter>

namespace frontier {

struct MapRenderer::CrsCache {
    explicit CrsCache(const QString& crs, const Dataset& dataset)
        : transform(crs), projected(dataset, transform) {}
    CoordinateTransform transform;
    ProjectedLayers projected;
};

MapRenderer::MapRenderer(std::shared_ptr<const Timeline> timeline, Style style)
    : m_timeline(std::move(timeline)), m_style(std::move(style))
{
    m_static.push_back(std::make_unique<AreaLayer>(BaseLayer::Countries));
    m_static.push_back(std::make_unique<AreaLayer>(BaseLayer::Governorates));
    m_static.push_back(std::make_unique<LineLayer>(BaseLayer::Rivers));
    m_static.push_back(std::make_unique<LineLayer>(BaseLayer::Frontier));
    m_static.push_back(std::make_unique<LabelLayer>());
    m_static.push_back(std::make_unique<ScaleBar>());
    m_static.push_back(std::make_unique<NorthArrow>());
    m_static.push_back(std::make_unique<Attribution>());
    m_dynamic.push_back(std::make_unique<CrossingsLayer>());
    m_dynamic.push_back(std::make_unique<TitleBlock>());
    m_dynamic.push_back(std::make_unique<Legend>());
}

MapRenderer::~MapRenderer() = default;

MapRenderer::CrsCache& MapRenderer::cache(const QString& crs)
{
    auto it = m_crs.find(crs);
    if (it == m_crs.end()) it = m_crs.emplace(crs, std::make_unique<CrsCache>(crs, m_timeline->dataset())).first;
    return *it->second;
}

const CoordinateTransform& MapRenderer::transform(const QString& crs) { return cache(crs).transform; }
const ProjectedLayers& MapRenderer::projected(const QString& crs) { return cache(crs).projected; }

const QImage& MapRenderer::baseImage(const MapSettings& settings, CrsCache& crs)
{
    // The base depends on everything but the date and the selection.
    MapSettings key = settings;
    key.date = Date{};
    key.selectedCrossing = -1;
    if (!m_base.isNull() && key == m_baseKey) return m_base;

    m_base = QImage(settings.size, QImage::Format_ARGB32_Premultiplied);
    m_base.setDevicePixelRatio(settings.devicePixelRatio);
    m_base.fill(m_style.sea);
    QPainter p(&m_base);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const Viewport vp = viewport(settings);
    LabelEngine labels(QRectF(QPointF(0, 0), settings.logicalSize()));
    const DecorationLayout layout(settings.logicalSize());
    if (settings.hasDecoration(Decoration::Title)) labels.reserve(layout.title);
    if (settings.hasDecoration(Decoration::Legend)) labels.reserve(layout.legend);
    if (settings.hasDecoration(Decoration::NorthArrow)) labels.reserve(layout.northArrow);
    if (settings.hasDecoration(Decoration::ScaleBar)) labels.reserve(layout.scaleBar);
    if (settings.hasDecoration(Decoration::Attribution)) labels.reserve(layout.attribution);
    RenderContext context{settings, m_style, vp, *m_timeline, crs.projected, crs.transform, &labels, nullptr};
    for (const auto& layer : m_static) layer->paint(p, context);
    p.end();
    m_baseKey = key;
    return m_base;
}

void MapRenderer::render(QPainter& painter, const MapSettings& settings)
{
    CrsCache& crs = cache(settings.crs);
    const QImage& base = baseImage(settings, crs);
    painter.save();
    // The base is opaque: copying it is faster than blending it.
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.drawImage(QRectF(QPointF(0, 0), settings.logicalSize()), base);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    m_timeline->stateAt(settings.date, m_states);
    const Viewport vp = viewport(settings);
    RenderContext context{settings, m_style, vp, *m_timeline, crs.projected, crs.transform, nullptr, &m_states};
    for (const auto& layer : m_dynamic) layer->paint(painter, context);
    painter.restore();
}

QImage MapRenderer::renderImage(const MapSettings& settings)
{
    QImage image(settings.size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(settings.devicePixelRatio);
    QPainter p(&image);
    render(p, settings);
    return image;
}

int MapRenderer::crossingAt(const MapSettings& settings, QPointF pos)
{
    if (!settings.hasLayer(MapLayerId::Crossings)) return -1;
    const auto& points = projected(settings.crs).crossings();
    const Viewport vp = viewport(settings);
    int best = -1;
    double bestD2 = (CrossingsLayer::kRadius + 4) * (CrossingsLayer::kRadius + 4);
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

} // namespace frontier
