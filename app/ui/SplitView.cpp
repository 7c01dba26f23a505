#include "SplitView.h"

#include "AtlasModel.h"
#include "MapCanvas.h"
#include "render/MapRenderer.h"

#include <QAction>

namespace frontier {

SplitView::SplitView(AtlasModel& model, MapCanvas& canvas, QWidget* parent)
    : QSplitter(Qt::Horizontal, parent), m_model(model), m_canvas(canvas),
      m_action(new QAction(tr("S&plit view: compare date beside"), this))
{
    setChildrenCollapsible(false);
    addWidget(&canvas);
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_S));
    m_action->setToolTip(tr("Show the compare date (Changes dock) on a second map "
                            "beside this one; pan and zoom move both (S)"));
    connect(m_action, &QAction::toggled, this, &SplitView::split);
}

void SplitView::split(bool on)
{
    if (!m_compare) {
        if (!on)
            return;
        // Made on first use, so a window that is never split pays nothing at start.
        m_compare = new MapCanvas(
            m_model,
            std::make_unique<MapRenderer>(m_model.sharedTimeline(), m_canvas.renderer().style()),
            nullptr, MapCanvas::Shows::CompareDate);
        m_compare->setObjectName(QStringLiteral("compareCanvas"));
        insertWidget(0, m_compare);
        // Equal settings stop the echo: each canvas emits only when its value changes.
        connect(&m_canvas, &MapCanvas::settingsChanged, m_compare, &MapCanvas::setSettings);
        connect(m_compare, &MapCanvas::settingsChanged, &m_canvas, &MapCanvas::setSettings);
        emit compareCanvasCreated(m_compare);
    }
    if (on) {
        m_compare->setSettings(m_canvas.settings());
        const int half = width() / 2;
        setSizes({half, width() - half});
    }
    m_compare->setVisible(on);
}

} // namespace frontier
