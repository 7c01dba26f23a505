#pragma once

#include "geo/ViewHistory.h"

#include <QObject>
#include <QTimer>

class QAction;
class QMenu;
class QWidget;

namespace frontier {

class AtlasModel;
class MapCanvas;
class MapContextMenu;
struct GeoPoint;

/// \brief The map's tools beyond pan and zoom: back and forward through views and dates, the
/// right-click menu (copy the coordinate as decimal, DMS or MGRS; centre here), go to a typed
/// coordinate, choose the projection by name, and copy the map to the clipboard.
class MapToolsController : public QObject {
    Q_OBJECT
public:
    MapToolsController(AtlasModel& model, MapCanvas& canvas, QWidget* window);

    /// Adds the tools' actions to `menu` (the View menu).
    void addTo(QMenu* menu);
    QAction* backAction() const { return m_back; }
    QAction* forwardAction() const { return m_forward; }
    MapContextMenu* contextMenu() const { return m_contextMenu; }
    /// Records the view and date shown now (the window settles for a moment before it does).
    void recordNow();
    void centreOn(const GeoPoint& point);
    void askCoordinate();
    void askCrs();
    void copyMap();

signals:
    /// The window changes the CRS (it keeps the area shown and reports refusals).
    void crsChosen(const QString& crs);
    void message(const QString& text);
    void warning(const QString& text);

private:
    void showHistory();

    AtlasModel& m_model;
    MapCanvas& m_canvas;
    QWidget* m_window;
    ViewHistory m_history;
    QTimer m_settle;
    QAction* m_back;
    QAction* m_forward;
    MapContextMenu* m_contextMenu;
};

} // namespace frontier
