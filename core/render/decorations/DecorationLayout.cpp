#include "DecorationLayout.h"

#include "MapDecoration.h"

#include <array>

namespace frontier {

DecorationLayout::DecorationLayout(const std::vector<std::unique_ptr<MapDecoration>>& decorations,
                                   const MapSettings& settings)
{
    const QSizeF map = settings.logicalSize();
    std::array<double, 4> used{}; // per placement: how far the stack reaches from its corner
    m_areas.reserve(decorations.size());
    for (const auto& decoration : decorations) {
        if (!settings.hasDecoration(decoration->id())) {
            m_areas.emplace_back();
            continue;
        }
        const QSizeF s = decoration->sizeFor(settings);
        if (s.isEmpty()) {
            m_areas.emplace_back();
            continue;
        }
        const Placement placement = decoration->placement();
        double& offset = used[static_cast<std::size_t>(placement)];
        const bool left = placement == Placement::TopLeft || placement == Placement::BottomLeft;
        const bool top = placement == Placement::TopLeft || placement == Placement::TopRight;
        const double x = left ? kMargin : map.width() - kMargin - s.width();
        const double y = top ? kMargin + offset : map.height() - kMargin - offset - s.height();
        m_areas.emplace_back(x, y, s.width(), s.height());
        offset += s.height() + kGap;
    }
}

} // namespace frontier
