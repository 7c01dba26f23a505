#include "CommandGui.h"

#include "render/RenderContext.h"

namespace frontier {

CommandGui::CommandGui()
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    m_app = std::make_unique<QGuiApplication>(m_argc, m_argv);
    RenderContext::loadFonts(Style{});
}

} // namespace frontier
