#include "DockLayout.h"

#include <QDockWidget>
#include <QMainWindow>

namespace frontier::DockLayout {

void arrange(QMainWindow& window, const QList<QDockWidget*>& side, QDockWidget* bottom)
{
    // Qt mirrors the docks' title bars in a right-to-left window, but not their areas.
    const bool rightToLeft = window.isRightToLeft();
    const Qt::DockWidgetArea area = rightToLeft ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea;
    window.setCorner(rightToLeft ? Qt::BottomLeftCorner : Qt::BottomRightCorner, area);
    for (QDockWidget* dock : side) {
        window.addDockWidget(area, dock);
        if (dock != side.front())
            window.tabifyDockWidget(side.front(), dock);
    }
    side.front()->raise();
    window.addDockWidget(Qt::BottomDockWidgetArea, bottom);
    window.resizeDocks({side.front()}, {380}, Qt::Horizontal);
    window.resizeDocks({bottom}, {260}, Qt::Vertical);
}

} // namespace frontier::DockLayout
