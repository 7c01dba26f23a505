#pragma once

#include "io/LoadProblem.h"
#include "render/MapSettings.h"

#include <QMainWindow>

#include <memory>

namespace frontier {

class AtlasModel;
class BookmarksController;
class ChangesPanel;
class FeaturePanel;
class DatasetController;
class EditController;
class ExportController;
class LayersPanel;
class MapCanvas;
class MapRenderer;
class MapToolsController;
class OverlayLoader;
class OverlayPanel;
class SearchBox;
class SessionController;
class SplitView;
class StatusLine;
struct SearchEntry;
class TimeActions;
class TimeController;
class Timeline;
class TimelinePanel;

/// \brief The analyst's window. It builds the model's observers — the map canvas, the Selection,
/// Timeline and Layers docks, the search box and status line — the controllers for bookmarks,
/// exports, datasets and the session, and the menus (WindowMenus), and wires them. It holds no
/// state of its own.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::shared_ptr<const Timeline> timeline, const MapSettings& initial,
               QWidget* parent = nullptr);
    /// Takes a renderer that may already hold the projected layers (see BackgroundLoad).
    MainWindow(std::unique_ptr<MapRenderer> renderer, const MapSettings& initial,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    AtlasModel& model() const { return *m_model; }
    const Timeline& timeline() const;
    MapCanvas* canvas() const { return m_canvas; }
    SplitView* splitView() const { return m_split; }
    TimeController* timeController() const { return m_time; }
    TimelinePanel* timelinePanel() const { return m_timelinePanel; }
    FeaturePanel* featurePanel() const { return m_featurePanel; }
    ChangesPanel* changesPanel() const { return m_changesPanel; }
    LayersPanel* layersPanel() const { return m_layersPanel; }
    SearchBox* searchBox() const { return m_search; }
    StatusLine* statusLine() const { return m_status; }
    BookmarksController* bookmarks() const { return m_bookmarks; }
    ExportController* exports() const { return m_exports; }
    DatasetController* datasets() const { return m_datasets; }
    EditController* editor() const { return m_editor; }
    SessionController* session() const { return m_session; }
    MapToolsController* tools() const { return m_tools; }
    OverlayLoader* overlayLoader() const { return m_overlayLoader; }
    OverlayPanel* overlayPanel() const { return m_overlayPanel; }

    /// Makes a dataset loaded elsewhere the window's, at `view`: the renderer holds its timeline
    /// and may hold its projected layers (see BackgroundLoad). The window can so be built while
    /// the dataset loads.
    void adopt(std::unique_ptr<MapRenderer> renderer, const MapSettings& view);
    /// Changes the map CRS (EPSG code, "default", or a PROJ definition), keeping the area shown.
    bool setCrs(const QString& text);
    void goTo(const SearchEntry& entry);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    /// The view's dates go to the model, the rest to the canvas; without an extent, the home one.
    void setView(const MapSettings& view);
    void createDocks();
    void showTitle();
    void showSettings(const MapSettings& settings);
    void warn(const QString& message);
    void inform(const QString& message);

    AtlasModel* m_model;
    MapCanvas* m_canvas = nullptr;
    SplitView* m_split = nullptr;
    TimeController* m_time = nullptr;
    TimeActions* m_timeActions = nullptr;
    TimelinePanel* m_timelinePanel = nullptr;
    FeaturePanel* m_featurePanel = nullptr;
    ChangesPanel* m_changesPanel = nullptr;
    LayersPanel* m_layersPanel = nullptr;
    SearchBox* m_search = nullptr;
    StatusLine* m_status = nullptr;
    BookmarksController* m_bookmarks = nullptr;
    ExportController* m_exports = nullptr;
    DatasetController* m_datasets = nullptr;
    EditController* m_editor = nullptr;
    SessionController* m_session = nullptr;
    MapToolsController* m_tools = nullptr;
    OverlayLoader* m_overlayLoader = nullptr;
    OverlayPanel* m_overlayPanel = nullptr;
};

} // namespace frontier
