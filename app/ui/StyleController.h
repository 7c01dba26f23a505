#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace frontier {

class AtlasModel;
class OverlayPanel;
class StyleDialog;

/// \brief Opens the style dialog of the layer selected in the Layers panel: from the panel's
/// Style… button, a double-click on the layer, or Ctrl+Shift+Y anywhere in the window.
class StyleController : public QObject {
    Q_OBJECT
public:
    StyleController(AtlasModel& model, OverlayPanel& panel, QWidget* window);

    QAction* action() const { return m_action; }
    /// The open dialog, or null.
    StyleDialog* dialog() const;
    /// Opens the dialog of the model's overlay `index` (nothing for a bad index or a raster).
    void open(int index);

private:
    AtlasModel& m_model;
    OverlayPanel& m_panel;
    QWidget* m_window;
    QAction* m_action;
    QPointer<StyleDialog> m_dialog;
};

} // namespace frontier
