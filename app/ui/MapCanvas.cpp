#include "MapCanvas.h"

#include "AtlasModel.h"
#include "EventText.h"
#include "MapInput.h"
#include "MeasureTool.h"
#include "SwipeTool.h"
#include "geo/Viewport.h"
#include "render/MapRenderer.h"
#include "render/SelectionOverlay.h"

#include <QAccessible>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace frontier {

MapCanvas::MapCanvas(AtlasModel& model, std::unique_ptr<MapRenderer> renderer, QWidget* parent,
                     Shows shows)
    : QWidget(parent), m_model(model), m_shows(shows), m_renderer(std::move(renderer)),
      m_input(new MapInput(this))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
    installEventFilter(m_input);
    m_measure = new MeasureTool(*this);
    m_swipe = new SwipeTool(*this); // after the measure tool: the line is grabbed first
    m_settings.date = m_shows == Shows::Date ? m_model.date() : m_model.compareDate();
    connect(&m_model, &AtlasModel::dateChanged, this, [this] { setSettings(m_settings); });
    connect(&m_model, &AtlasModel::compareDateChanged, this, [this] { setSettings(m_settings); });
    connect(&m_model, &AtlasModel::overlaysChanged, this, [this] { setSettings(m_settings); });
    setAcceptDrops(true);
    connect(&m_model, &AtlasModel::selectionChanged, this, qOverload<>(&QWidget::update));
    connect(&m_model, &AtlasModel::selectionChanged, this, &MapCanvas::describe);
    connect(&m_model, &AtlasModel::datasetChanged, this, &MapCanvas::showDataset);
    setAccessibleName(m_shows == Shows::Date ? tr("Map") : tr("Map at the compare date"));
    describe();
}

void MapCanvas::describe()
{
    setAccessibleDescription(EventText::mapDescription(m_renderer->timeline(), m_settings.date,
                                                       m_model.selectedFeature()));
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setStyle(const Style& style)
{
    m_renderer = std::make_unique<MapRenderer>(m_model.sharedTimeline(), style);
    update();
}

void MapCanvas::adopt(std::unique_ptr<MapRenderer> renderer)
{
    m_renderer = std::move(renderer);
    update();
}

void MapCanvas::showDataset()
{
    if (m_renderer->sharedTimeline() != m_model.sharedTimeline())
        m_renderer =
            std::make_unique<MapRenderer>(m_model.sharedTimeline(), std::move(*m_renderer));
    describe();
    update();
}

MapSettings MapCanvas::effectiveSettings() const
{
    MapSettings s = m_settings;
    const double dpr = devicePixelRatioF();
    s.devicePixelRatio = dpr;
    s.size = QSize(static_cast<int>(std::lround(width() * dpr)),
                   static_cast<int>(std::lround(height() * dpr)));
    // Beside the map, the compare map shares its legend (which lists both dates' holders).
    if (m_shows == Shows::CompareDate)
        s.decorations &= ~static_cast<unsigned>(Decoration::Legend);
    return s;
}

void MapCanvas::setSettings(const MapSettings& settings)
{
    MapSettings s = settings;
    if (m_shows == Shows::Date) {
        s.date = m_model.date();
        s.compareDate = m_model.compareDate();
    } else {
        s.date = m_model.compareDate();
        s.compareDate = Date{};
    }
    s.overlays = m_model.overlays();
    if (s == m_settings)
        return;
    const bool newDate = s.date != m_settings.date;
    m_settings = s;
    if (newDate)
        describe();
    update();
    emit settingsChanged(m_settings);
}

void MapCanvas::setExtent(const MapRect& extent)
{
    MapSettings s = m_settings;
    s.extent = extent;
    setSettings(s);
}

void MapCanvas::showHome()
{
    setExtent(m_renderer->homeExtent(m_settings.crs));
}

MapRect MapCanvas::visibleExtent() const
{
    return MapRenderer::viewport(effectiveSettings()).extent();
}

std::optional<GeoPoint> MapCanvas::toGeo(QPointF pos) const
{
    const MapPoint m = MapRenderer::viewport(effectiveSettings()).toMap(pos);
    return m_renderer->transform(m_settings.crs).inverse(m);
}

QPointF MapCanvas::crossingPosition(int crossing) const
{
    return m_renderer->crossingPosition(effectiveSettings(), crossing);
}

// What is drawn decides what a click picks: a crossing's symbol first, then a sector's ribbon.
int MapCanvas::featureAt(QPointF pos)
{
    const MapSettings settings = effectiveSettings();
    if (const int crossing = m_renderer->crossingAt(settings, pos); crossing >= 0)
        return crossing;
    return m_renderer->sectorAt(settings, pos);
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const MapSettings settings = effectiveSettings();
    if (!settings.date.isValid()) { // a compare map before a compare date is chosen
        painter.fillRect(rect(), palette().window());
        painter.drawText(rect().adjusted(24, 0, -24, 0), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Choose the date to compare with in the Changes dock "
                            "(Since)."));
        return;
    }
    m_renderer->render(painter, settings, &m_cache);
    m_swipe->paint(painter, settings, &m_cache);
    SelectionOverlay::paint(painter, settings, *m_renderer, m_model.selectedFeature());
    m_measure->paint(painter, settings);
}

void MapCanvas::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.begin(), urls.end(), [](const QUrl& u) { return u.isLocalFile(); }))
        event->acceptProposedAction();
}

void MapCanvas::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    emit filesDropped(paths);
}

void MapCanvas::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    update();
}

} // namespace frontier
