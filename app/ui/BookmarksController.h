#pragma once

#include "Bookmark.h"

#include <QObject>

#include <vector>

class QMenu;
class QWidget;

namespace frontier {

class AtlasModel;
class MapCanvas;

/// \brief The Bookmarks menu and the bookmarks behind it: add the current view, date and layers'
/// styles, go to one (restyling the layers it names that are open, and naming those that are
/// not), delete one, or remove all after asking. Kept in the session file after every change; a
/// failed save is reported through `warning`.
class BookmarksController : public QObject {
    Q_OBJECT
public:
    BookmarksController(AtlasModel& model, MapCanvas& canvas, QMenu* menu, QWidget* window);

    const std::vector<Bookmark>& bookmarks() const { return m_bookmarks; }
    void add(const QString& name);
    void apply(int index);
    void remove(int index);
    /// Asks first; returns whether they were removed.
    bool removeAll();
    /// Asks for a name and adds the current view.
    void ask();

signals:
    void warning(const QString& message);

private:
    void applyLayers(const Bookmark& bookmark);
    void rebuildMenu();
    void save();

    AtlasModel& m_model;
    MapCanvas& m_canvas;
    QMenu* m_menu;
    QMenu* m_deleteMenu;
    QWidget* m_window;
    std::vector<Bookmark> m_bookmarks;
};

} // namespace frontier
