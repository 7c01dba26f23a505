#include "ViewSprites.h"

namespace frontier {

void ViewSprites::clear()
{
    m_bands.clear();
    m_legends.clear();
    m_bytes = 0;
}

} // namespace frontier
