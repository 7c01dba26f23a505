#pragma once

#include <QApplication>

namespace frontier::bench {

/// The benchmarks' one application. Offscreen unless an X display is there (under xvfb-run),
/// where the start → first frame benchmark can watch the real window's screen.
inline QApplication& app()
{
    static int argc = 1;
    static char name[] = "frontier-bench";
    static char* argv[] = {name, nullptr};
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", qEnvironmentVariableIsSet("DISPLAY") ? "xcb" : "offscreen");
    // Never destroyed: a QApplication torn down among static destructors crashes at exit.
    static QApplication* instance = new QApplication(argc, argv);
    return *instance;
}

} // namespace frontier::bench
