#pragma once

#include <QGuiApplication>

#include <memory>

namespace frontier {

/// \brief The QGuiApplication of a command that draws, with the map's fonts loaded. Offscreen,
/// since commands need no display, unless the user chose a platform. Made once the data has
/// started loading on another thread (BackgroundLoad), so the two overlap.
class CommandGui {
public:
    CommandGui();

private:
    int m_argc = 1;
    char m_name[16] = "frontier-atlas";
    char* m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QGuiApplication> m_app;
};

} // namespace frontier
