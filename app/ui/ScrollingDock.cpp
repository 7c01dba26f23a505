#include "ScrollingDock.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>

namespace frontier {

QDockWidget* ScrollingDock::make(const QString& title, const QString& name, QWidget* content,
                                 QMainWindow* window)
{
    auto* d = new QDockWidget(title, window);
    d->setObjectName(name);
    auto* scroll = new QScrollArea(d);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(title);
    scroll->setAccessibleDescription(
        QCoreApplication::translate("ScrollingDock",
                                    "The %1 panel; it scrolls when the window is small")
            .arg(title));
    d->setWidget(scroll);
    return d;
}

} // namespace frontier
