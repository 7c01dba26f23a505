#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace frontier {

class MainWindow;
class TimeActions;

/// \brief The window's menu bar (File, Edit, View, Time, Bookmarks, Help) and its Map toolbar,
/// each action wired to the controller that does its work. Built once the window's controllers
/// and docks exist; the Bookmarks menu is left for BookmarksController to fill.
class WindowMenus : public QObject {
    Q_OBJECT
public:
    WindowMenus(MainWindow& window, TimeActions& time);

    QMenu* bookmarksMenu() const { return m_bookmarks; }

private:
    /// The View menu's actions that the toolbar shows too.
    struct ViewActions {
        QAction* home;
        QAction* zoomIn;
        QAction* zoomOut;
        QAction* find;
    };

    void addFileMenu();
    ViewActions addViewMenu();
    void addHelpMenu();
    void addToolBar(const ViewActions& view);
    /// Zooms the map by `factor` around its centre.
    void zoom(double factor);

    MainWindow& m_window;
    QMenu* m_bookmarks = nullptr;
};

} // namespace frontier
