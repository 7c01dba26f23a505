#pragma once

#include "render/MapSettings.h"
#include "render/RenderCache.h"

#include "model/GeoPoint.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace frontier {

class AtlasModel;
class MapRenderer;
class MapInput;
class MeasureTool;
class SwipeTool;
struct Style;

/// \brief The map widget: shows the model's date (or its compare date) and selection in its view
/// (a MapSettings value) and paints what the renderer paints for them (with its own
/// RenderCache), the selection over it. It computes nothing itself; MapInput
/// turns events into new views and selections. It owns the renderer and makes a new one when the
/// model opens another dataset.
class MapCanvas : public QWidget {
    Q_OBJECT
public:
    /// Which of the model's dates the canvas shows: the current one (marking the changes since
    /// the compare date), or the compare date (the split view's second map).
    enum class Shows { Date, CompareDate };

    MapCanvas(AtlasModel& model, std::unique_ptr<MapRenderer> renderer, QWidget* parent = nullptr,
              Shows shows = Shows::Date);
    ~MapCanvas() override;

    /// The view; its date is always the model's date or compare date (see Shows).
    const MapSettings& settings() const { return m_settings; }
    MapRenderer& renderer() { return *m_renderer; }
    AtlasModel& model() { return m_model; }
    MeasureTool* measureTool() const { return m_measure; }
    SwipeTool* swipeTool() const { return m_swipe; }
    /// The settings as they are drawn now (size and device pixel ratio from the widget).
    MapSettings effectiveSettings() const;
    /// Sets a new view (only a changed value repaints); its dates and overlays are replaced by
    /// the model's.
    void setSettings(const MapSettings& settings);
    void setExtent(const MapRect& extent);
    /// Draws the map in `style` from now on (a new renderer; the view stays).
    void setStyle(const Style& style);
    /// Draws with `renderer`, made elsewhere for the timeline the model is about to get (its
    /// layers already projected on a loading thread), instead of a new one.
    void adopt(std::unique_ptr<MapRenderer> renderer);
    void showHome();
    /// Map CRS extent of the view (after fitting to the widget's aspect).
    MapRect visibleExtent() const;
    std::optional<GeoPoint> toGeo(QPointF widgetPos) const;
    QPointF crossingPosition(int crossing) const;
    /// The feature under `pos`: a crossing whose symbol is there (crossings come first), else the
    /// sector whose ribbon is there (MapRenderer::sectorAt); else -1.
    int featureAt(QPointF pos);

signals:
    void settingsChanged(const frontier::MapSettings& settings);
    void cursorMoved(std::optional<frontier::GeoPoint> position);
    /// Local files were dropped on the map.
    void filesDropped(const QStringList& paths);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    friend class MapInput;
    void showDataset();
    /// Tells a screen reader what the map shows now (EventText::mapDescription).
    void describe();

    AtlasModel& m_model;
    Shows m_shows;
    std::unique_ptr<MapRenderer> m_renderer;
    MapSettings m_settings;
    RenderCache m_cache;
    MapInput* m_input;
    MeasureTool* m_measure;
    SwipeTool* m_swipe;
};

} // namespace frontier
