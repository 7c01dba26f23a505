#pragma once

#include <QObject>
#include <QPointF>

namespace frontier {

class MapCanvas;

/// \brief Turns mouse and keys on the canvas into new settings: drag pans, the wheel zooms
/// around the cursor, + − zoom, Up/Down and Shift+arrows pan (plain Left/Right step the date), a
/// click selects a crossing or a sector in the model, hovering one shows its names and state.
class MapInput : public QObject {
    Q_OBJECT
public:
    explicit MapInput(MapCanvas* canvas);
    bool eventFilter(QObject* watched, QEvent* event) override;

    static constexpr double kWheelStep = 1.25;      ///< zoom factor per wheel notch
    static constexpr double kKeyPanFraction = 0.15; ///< of the view per arrow key

private:
    MapCanvas* m_canvas;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_dragging = false;
};

} // namespace frontier
