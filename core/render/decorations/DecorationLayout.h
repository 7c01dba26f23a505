#pragma once

#include <QRectF>
#include <QSizeF>

#include <memory>
#include <vector>

namespace frontier {

class MapDecoration;
struct MapSettings;

/// \brief Where each decoration switched on in the settings goes: in its placement's corner,
/// stacked in order away from the corner. The label engine keeps labels out of these areas.
class DecorationLayout {
public:
    DecorationLayout(const std::vector<std::unique_ptr<MapDecoration>>& decorations,
                     const MapSettings& settings);

    /// The area of `decorations[i]`; empty when it is switched off.
    const QRectF& area(std::size_t i) const { return m_areas[i]; }
    const std::vector<QRectF>& areas() const { return m_areas; }

    static constexpr double kMargin = 12;
    static constexpr double kGap = 4;

private:
    std::vector<QRectF> m_areas;
};

} // namespace frontier
