#pragma once

#include <QList>

class QDockWidget;
class QMainWindow;

namespace frontier {

/// \brief Places the window's docks: the side panels tabbed, the first raised, beside the map
/// over the window's whole height, after the map in the reading direction (on its right in
/// English, on its left in Arabic); the bottom panel under the map.
namespace DockLayout {

void arrange(QMainWindow& window, const QList<QDockWidget*>& side, QDockWidget* bottom);

} // namespace DockLayout
} // namespace frontier
