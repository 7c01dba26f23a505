#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

#include <functional>

namespace frontier::test {

/// \brief Starts the real frontier-atlas window on the current X display and watches the screen
/// until the map shows: the smoke test's check and the start → first frame benchmark in one.
///
/// The time runs from just before the process starts to the first screen grab that shows the map,
/// so it includes everything the analyst waits for and one grab interval at most. Each grab copies
/// the whole screen through the X server: a short interval measures closely but takes CPU from the
/// program it watches.
struct FirstFrame {
    bool shown = false; ///< what was waited for showed
    double milliseconds = 0;
    QImage screen;  ///< the screen when the map first showed (or at the timeout)
    QString output; ///< what the program printed, for the failure message
    QString ending; ///< how the wait ended when the map never showed, for the failure message
};

/// Needs a QGuiApplication on the xcb platform (run under xvfb-run).
FirstFrame startAndWaitForMap(const QString& binary, const QStringList& arguments,
                              int timeoutMs = 10000, int intervalMs = 5);
/// The same, waiting until `ready` holds for the screen and what the program printed so far.
FirstFrame startAndWaitFor(const QString& binary, const QStringList& arguments,
                           const std::function<bool(const FirstFrame&)>& ready, int timeoutMs,
                           int intervalMs);

/// The map is on screen: Iraq and Syria's land colour covers part of it and the frontier is drawn.
bool showsMap(const QImage& screen);

/// Whether this process can grab an X screen (QGuiApplication on xcb).
bool canGrabScreen();

} // namespace frontier::test
