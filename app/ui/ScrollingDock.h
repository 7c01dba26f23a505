#pragma once

class QDockWidget;
class QMainWindow;
class QString;
class QWidget;

namespace frontier {

/// \brief A dock whose content scrolls when the screen is too small for it, so no dock sets a
/// minimum height the window cannot meet on a 1280x720 screen.
struct ScrollingDock {
    static QDockWidget* make(const QString& title, const QString& name, QWidget* content,
                             QMainWindow* window);
};

} // namespace frontier
