#pragma once

#include "model/GeoPoint.h"

#include <QObject>
#include <QPointF>

#include <vector>

class QAction;
class QLabel;
class QPainter;

namespace frontier {

class MapCanvas;
struct MapSettings;

/// \brief The measuring tool. While it is on, each click on the map adds a point (a drag still
/// pans): the path's geodesic length in km and nautical miles, each segment's length and
/// azimuth, and, once a click on its first point closes it, its area, show in a box over the
/// map. When the path starts and ends on the frontier it also gives the distance along the
/// frontier. Backspace takes the last point back, Escape clears; turning the tool off clears.
class MeasureTool : public QObject {
    Q_OBJECT
public:
    explicit MeasureTool(MapCanvas& canvas);

    /// The checkable "Measure" action (M).
    QAction* action() const { return m_action; }
    const std::vector<GeoPoint>& points() const { return m_points; }
    bool isClosed() const { return m_closed; }
    /// What the box says; empty with fewer than two points.
    QString resultText() const;
    QLabel* resultBox() const { return m_box; }
    /// Draws the path over the map.
    void paint(QPainter& painter, const MapSettings& settings) const;

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void clear();
    void addPoint(QPointF widgetPos);
    void changed();
    std::vector<QPointF> screenPoints(const MapSettings& settings) const;

    MapCanvas& m_canvas;
    QAction* m_action;
    QLabel* m_box;
    std::vector<GeoPoint> m_points;
    bool m_closed = false;
    QPointF m_pressPos;
};

} // namespace frontier
