#include "MapCanvas.h"

#include "MapInput.h"
#include "geo/Viewport.h"
#include "render/MapRenderer.h"
#include "render/SelectionOverlay.h"

#include <QPainter>

#include <cmath>

namespace frontier {

MapCanvas::MapCanvas(MapRenderer& renderer, QWidget* parent)
    : QWidget(parent), m_renderer(&renderer), m_input(new MapInput(this))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
    installEventFilter(m_input);
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setRenderer(MapRenderer& renderer)
{
    m_renderer = &renderer;
    update();
}

MapSettings MapCanvas::effectiveSettings() const
{
    MapSettings s = m_settings;
    const double dpr = devicePixelRatioF();
    s.devicePixelRatio = dpr;
    s.size = QSize(static_cast<int>(std::lround(width() * dpr)), static_cast<int>(std::lround(height() * dpr)));
    return s;
}

void MapCanvas::setSettings(const MapSettings& settings)
{
    if (settings == m_settings) return;
    m_settings = settings;
    update();
    emit settingsChanged(m_settings);
}

void MapCanvas::setDate(Date date)
{
    MapSettings s = m_settings;
    s.date = date;
    setSettings(s);
}

void MapCanvas::setExtent(const MapRect& extent)
{
    MapSettings s = m_settings;
    s.extent = extent;
    setSettings(s);
}

void MapCanvas::setSelectedCrossing(int crossing)
{
    if (crossing == m_selectedCrossing) return;
    m_selectedCrossing = crossing;
    update();
}

void MapCanvas::showHome() { setExtent(m_renderer->homeExtent(m_settings.crs)); }

MapRect MapCanvas::visibleExtent() const { return MapRenderer::viewport(effectiveSettings()).extent(); }

std::optional<GeoPoint> MapCanvas::toGeo(QPointF pos) const
{
    try {
        const MapPoint m = MapRenderer::viewport(effectiveSettings()).toMap(pos);
        return m_renderer->transform(m_settings.crs).inverse(m);
    } catch (const ProjError&) {
        return std::nullopt;
    }
}

QPointF MapCanvas::crossingPosition(int crossing) const
{
    return m_renderer->crossingPosition(effectiveSettings(), crossing);
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const MapSettings settings = effectiveSettings();
    m_renderer->render(painter, settings, &m_cache);
    SelectionOverlay::paint(painter, settings, *m_renderer, m_selectedCrossing);
}

void MapCanvas::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    update();
}

} // namespace frontier
