#pragma once

#include <QSplitter>

class QAction;

namespace frontier {

class AtlasModel;
class MapCanvas;

/// \brief The window's central widget: the map, and when split, a second map beside it at the
/// model's compare date (the "before" on the left). The two show the same view: a pan, a zoom, a
/// new projection or layer on either moves both.
class SplitView : public QSplitter {
    Q_OBJECT
public:
    SplitView(AtlasModel& model, MapCanvas& canvas, QWidget* parent = nullptr);

    /// The checkable "Split view" action (S).
    QAction* action() const { return m_action; }
    /// The compare date's map; null until the view is first split.
    MapCanvas* compareCanvas() const { return m_compare; }

signals:
    /// The compare map was made (it reports its cursor as the main map does).
    void compareCanvasCreated(frontier::MapCanvas* canvas);

private:
    void split(bool on);

    AtlasModel& m_model;
    MapCanvas& m_canvas;
    MapCanvas* m_compare = nullptr;
    QAction* m_action;
};

} // namespace frontier
