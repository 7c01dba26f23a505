#pragma once

#include <QObject>

class QAction;
class QPainter;

namespace frontier {

class MapCanvas;
class RenderCache;
struct MapSettings;

/// \brief Swipe between two dates on one map: while it is on and the model has a compare date,
/// the map left of a vertical line shows the compare date and right of it the current date, the
/// same view for both (so pan and zoom move both). Dragging the line moves it.
class SwipeTool : public QObject {
    Q_OBJECT
public:
    explicit SwipeTool(MapCanvas& canvas);

    /// The checkable "Swipe to the compare date" action.
    QAction* action() const { return m_action; }
    /// Whether the map is split now (on, with a compare date).
    bool isShown() const;
    /// The line's place, as a fraction of the map's width.
    double position() const { return m_position; }
    /// The line's x in the canvas (logical px).
    double lineX() const;
    /// Draws the compare date's map left of the line over `settings`' map, the line and the
    /// dates; `cache` is the canvas's (the base image does not depend on the date).
    void paint(QPainter& painter, const MapSettings& settings, RenderCache* cache) const;

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    MapCanvas& m_canvas;
    QAction* m_action;
    double m_position = 0.5;
    bool m_dragging = false;
};

} // namespace frontier
