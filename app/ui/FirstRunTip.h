#pragma once

#include <QFrame>

namespace frontier {

class MapRenderer;

/// \brief "Reading the map": what the crossing's disc and the swimlane show, with the disc
/// drawn by the map's own symbol painter. It shows by itself once, at the first start; Help
/// shows it again.
///
/// A panel inside the window, over the Selection dock, rather than a window of its own: a
/// window manager (or Wayland, which ignores a client's placement) would put a separate window
/// wherever it likes, and it could be left behind when the main window moves.
class FirstRunTip : public QFrame {
    Q_OBJECT
public:
    FirstRunTip(const MapRenderer& renderer, QWidget* window);

    /// Shows a new tip over `window`, not modal: the map stays usable beside it.
    static FirstRunTip* open(const MapRenderer& renderer, QWidget* window);
    /// Opens the tip unless it was shown before; true when it shows now.
    static bool showOnce(const MapRenderer& renderer, QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    /// Over the Selection dock: at the right, at the left in Arabic.
    void place();
};

} // namespace frontier
