#pragma once

#include <QDialog>

namespace frontier {

class MapRenderer;

/// \brief "Reading the map": what the crossing's disc and the swimlane show, with the disc
/// drawn by the map's own symbol painter. It shows by itself once, at the first start; Help
/// shows it again.
class FirstRunTip : public QDialog {
    Q_OBJECT
public:
    FirstRunTip(const MapRenderer& renderer, QWidget* parent);

    /// Shows a new tip over `window`, not modal: the map stays usable behind it.
    static FirstRunTip* open(const MapRenderer& renderer, QWidget* window);
    /// Opens the tip unless it was shown before; true when it shows now.
    static bool showOnce(const MapRenderer& renderer, QWidget* window);
};

} // namespace frontier
