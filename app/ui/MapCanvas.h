#pragma once

#include "model/GeoPoint.h"
#include "render/MapSettings.h"
#include "render/RenderCache.h"

#include <QWidget>

#include <optional>

namespace frontier {

class MapRenderer;
class MapInput;

/// \brief The map widget: keeps the current MapSettings and paints what the renderer paints
/// for them (with its own RenderCache), and the selection over it. It computes nothing itself;
/// MapInput turns events into new settings.
class MapCanvas : public QWidget {
    Q_OBJECT
public:
    MapCanvas(MapRenderer& renderer, QWidget* parent = nullptr);
    ~MapCanvas() override;

    const MapSettings& settings() const { return m_settings; }
    MapRenderer& renderer() { return *m_renderer; }
    /// Draws with another renderer (another dataset); repaints.
    void setRenderer(MapRenderer& renderer);
    /// The settings as they are drawn now (size and device pixel ratio from the widget).
    MapSettings effectiveSettings() const;
    /// Sets new settings (only a changed value repaints).
    void setSettings(const MapSettings& settings);
    void setDate(Date date);
    void setExtent(const MapRect& extent);
    /// The crossing ringed over the map (-1: none); not part of the settings.
    int selectedCrossing() const { return m_selectedCrossing; }
    void setSelectedCrossing(int crossing);
    void showHome();
    /// Map CRS extent of the view (after fitting to the widget's aspect).
    MapRect visibleExtent() const;
    std::optional<GeoPoint> toGeo(QPointF widgetPos) const;
    QPointF crossingPosition(int crossing) const;

signals:
    void settingsChanged(const frontier::MapSettings& settings);
    void cursorMoved(std::optional<frontier::GeoPoint> position);
    void crossingClicked(int crossing);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    friend class MapInput;
    MapRenderer* m_renderer;
    MapSettings m_settings;
    int m_selectedCrossing = -1;
    RenderCache m_cache;
    MapInput* m_input;
};

} // namespace frontier
