#pragma once

#include "render/MapSettings.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QDateEdit;

namespace frontier {

class MapCanvas;
class MapRenderer;
class Timeline;

/// \brief The main window: the map canvas, a toolbar (Home, zoom, date) and a status bar with
/// the cursor's coordinates.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::shared_ptr<const Timeline> timeline, const MapSettings& initial, QWidget* parent = nullptr);
    ~MainWindow() override;
    MapCanvas* canvas() const { return m_canvas; }

private:
    void showCursor(const std::optional<struct GeoPoint>& position);
    void selectCrossing(int crossing);

    std::shared_ptr<const Timeline> m_timeline;
    std::unique_ptr<MapRenderer> m_renderer;
    MapCanvas* m_canvas = nullptr;
    QLabel* m_coordinates = nullptr;
    QLabel* m_selection = nullptr;
    QDateEdit* m_date = nullptr;
};

} // namespace frontier
