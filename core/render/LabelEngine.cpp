#include "LabelEngine.h"

#include <algorithm>

namespace frontier {

bool LabelEngine::isFree(const QRectF& r) const
{
    if (!m_bounds.contains(r)) return false;
    return std::none_of(m_taken.begin(), m_taken.end(), [&](const QRectF& t) { return t.intersects(r); });
}

bool LabelEngine::tryPlace(const QRectF& r)
{
    if (!isFree(r)) return false;
    m_taken.push_back(r);
    return true;
}

} // namespace frontier
