#include "StyleController.h"

#include "AtlasModel.h"
#include "OverlayPanel.h"
#include "StyleDialog.h"

#include <QAction>
#include <QWidget>

namespace frontier {

StyleController::StyleController(AtlasModel& model, OverlayPanel& panel, QWidget* window)
    : QObject(window), m_model(model), m_panel(panel), m_window(window),
      m_action(new QAction(tr("Layer &style…"), window))
{
    m_action->setObjectName(QStringLiteral("layerStyle"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_action->setToolTip(tr("Edit the style of the layer selected in the Layers panel"));
    window->addAction(m_action); // the shortcut works wherever the focus is in the window
    connect(m_action, &QAction::triggered, this, [this] { open(m_panel.selectedOverlay()); });
    connect(&panel, &OverlayPanel::styleRequested, this, &StyleController::open);
}

StyleDialog* StyleController::dialog() const
{
    return m_dialog;
}

void StyleController::open(int index)
{
    const auto& overlays = m_model.overlays();
    if (index < 0 || static_cast<std::size_t>(index) >= overlays.size() ||
        overlays[static_cast<std::size_t>(index)].overlay->raster)
        return;
    delete m_dialog;
    m_dialog =
        new StyleDialog(m_model, overlays[static_cast<std::size_t>(index)].overlay, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
}

} // namespace frontier
