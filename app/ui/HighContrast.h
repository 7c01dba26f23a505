#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace frontier {

class MapCanvas;
class SplitView;
class TimelinePanel;

/// \brief View → High contrast: the maps and the swimlane in Style::highContrast(), the panels
/// in a black-on-white palette with a strong highlight. It is kept in the settings; a window
/// started with `--style high-contrast` starts with it on.
class HighContrast : public QObject {
    Q_OBJECT
public:
    HighContrast(MapCanvas& canvas, SplitView& split, TimelinePanel& timeline, QWidget* window);

    QAction* action() const { return m_action; }

private:
    void apply(bool on);

    MapCanvas& m_canvas;
    SplitView& m_split;
    TimelinePanel& m_timeline;
    QAction* m_action;
};

} // namespace frontier
