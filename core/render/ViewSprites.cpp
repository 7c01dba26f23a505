#include "ViewSprites.h"

namespace frontier {

void ViewSprites::newView(bool moved)
{
    m_bands.clear();
    if (!moved)
        m_legends.clear();
    m_bytes = 0;
    for (const auto& [key, sprite] : m_legends)
        m_bytes += sprite.bytes();
    m_firstFrame = true;
}

} // namespace frontier
