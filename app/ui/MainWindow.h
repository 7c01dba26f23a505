#pragma once

#include "Bookmark.h"
#include "FramesDialog.h"
#include "SnapshotDialog.h"
#include "render/MapSettings.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QMenu;

namespace frontier {

class CrossingPanel;
class LayersPanel;
class MapCanvas;
class MapRenderer;
class SearchBox;
struct SearchEntry;
class TimeActions;
class TimeController;
class Timeline;
class TimelinePanel;

/// \brief The analyst's window: the map canvas with the Crossing, Timeline and Layers docks,
/// menus, a toolbar with the search box, bookmarks, exports, and the session kept in QSettings.
/// It wires input to the TimeController and the canvas's settings; it draws nothing itself.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::shared_ptr<const Timeline> timeline, const MapSettings& initial, QWidget* parent = nullptr);
    /// Takes a renderer that may already hold the projected layers (see BackgroundLoad).
    MainWindow(std::unique_ptr<MapRenderer> renderer, const MapSettings& initial, QWidget* parent = nullptr);
    ~MainWindow() override;

    MapCanvas* canvas() const { return m_canvas; }
    TimeController* timeController() const { return m_time; }
    TimelinePanel* timelinePanel() const { return m_timelinePanel; }
    CrossingPanel* crossingPanel() const { return m_crossingPanel; }
    LayersPanel* layersPanel() const { return m_layersPanel; }
    SearchBox* searchBox() const { return m_search; }
    const Timeline& timeline() const { return *m_timeline; }
    const std::vector<Bookmark>& bookmarks() const { return m_bookmarks; }

    /// Restores the window's layout from QSettings and, with `includeView`, the date, view, CRS,
    /// labels and layers. Anything unreadable is ignored with a warning.
    void restoreSession(bool includeView);
    /// Saves the layout and the view; empty on success, else the error (also shown).
    QString saveSession();

    /// Loads another dataset; on problems shows them and keeps the current one.
    bool openDataset(const QString& path);
    /// The map the snapshot dialog's options ask for: the current view without the selection.
    MapSettings snapshotSettings(const SnapshotDialog::Options& options) const;
    /// Empty on success, else the error (also shown).
    QString exportSnapshot(const SnapshotDialog::Options& options);
    /// Writes the frames in order; `progress(done, total)` returning false stops after a whole
    /// frame. Returns the number written.
    int exportFrames(const FramesDialog::Options& options, const std::function<bool(int, int)>& progress);
    /// Changes the map CRS (EPSG code, "default", or a PROJ definition), keeping the area shown.
    bool setCrs(const QString& text);
    void selectCrossing(int crossing);
    void goTo(const SearchEntry& entry);
    void addBookmark(const QString& name);
    void applyBookmark(int index);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void createMenus();
    void showSettings(const MapSettings& settings);
    void showCursor(const std::optional<struct GeoPoint>& position);
    void showSelection();
    void rebuildBookmarksMenu();
    void saveBookmarks();
    void warn(const QString& message);
    void changeSettings(const std::function<void(MapSettings&)>& change);
    void zoom(double factor);
    void askSnapshot();
    void askFrames();
    void askDataset();
    void askBookmark();

    std::shared_ptr<const Timeline> m_timeline;
    std::unique_ptr<MapRenderer> m_renderer;
    MapCanvas* m_canvas = nullptr;
    TimeController* m_time = nullptr;
    TimeActions* m_timeActions = nullptr;
    TimelinePanel* m_timelinePanel = nullptr;
    CrossingPanel* m_crossingPanel = nullptr;
    LayersPanel* m_layersPanel = nullptr;
    SearchBox* m_search = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_bookmarksMenu = nullptr;
    QLabel* m_coordinates = nullptr;
    QLabel* m_selection = nullptr;
    std::vector<Bookmark> m_bookmarks;
    SnapshotDialog::Options m_lastSnapshot;
    FramesDialog::Options m_lastFrames;
};

} // namespace frontier
