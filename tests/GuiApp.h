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

/// \brief The first base of a render fixture: it makes the application before any member loads
/// data. The dataset reader reads on a second thread, and with no application yet the first
/// thread to touch Qt becomes its main thread; the fonts made on the real one then leak.
class GuiAppFirst {
protected:
    GuiAppFirst() { guiApp(); }
};

} // namespace frontier::test
