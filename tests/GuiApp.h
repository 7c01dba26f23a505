#pragma once

#include <QGuiApplication>

namespace frontier::test {

/// The QGuiApplication of a render test executable (QtGui needs one for fonts and image
/// plugins); created on first use, one for the whole executable.
inline QGuiApplication& guiApp()
{
    static int argc = 1;
    static char name[] = "FrontierRenderTest";
    static char* argv[] = {name, nullptr};
    static QGuiApplication instance(argc, argv);
    return instance;
}

} // namespace frontier::test
