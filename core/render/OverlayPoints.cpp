#include "OverlayPoints.h"

#include "RenderContext.h"
#include "StampCanvas.h"
#include "overlay/PointGroups.h"
#include "overlay/ProjectedOverlay.h"

#include <QPainter>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace frontier {

struct OverlayPoints::Found {
    QPoint pixel; ///< the device pixel it is centred on
    std::uint32_t stamp;
    std::uint32_t feature;
    /// The pixel and the stamp in one number (pixels within 2^19 of the frame's origin).
    std::uint64_t place() const
    {
        constexpr std::int64_t kOrigin = 1 << 19;
        return static_cast<std::uint64_t>(pixel.y() + kOrigin) << 44 |
               static_cast<std::uint64_t>(pixel.x() + kOrigin) << 24 | stamp;
    }
};

namespace {

constexpr std::uint64_t kNone = ~std::uint64_t{0};

// Puts `key` in `table` (open addressing, a power of two with room); false if it was there.
bool firstOf(std::vector<std::uint64_t>& table, std::uint64_t key)
{
    const std::size_t mask = table.size() - 1;
    for (std::size_t i = (key * 0x9e3779b97f4a7c15ull) >> 32 & mask;; i = (i + 1) & mask) {
        if (table[i] == key)
            return false;
        if (table[i] == kNone) {
            table[i] = key;
            return true;
        }
    }
}

bool contains(const MapRect& rect, const MapPoint& at)
{
    return at.x >= rect.xmin && at.x <= rect.xmax && at.y >= rect.ymin && at.y <= rect.ymax;
}

} // namespace

OverlayPoints::OverlayPoints(const RenderContext& c, const OverlayView& view,
                             const ProjectedOverlay& projected, const std::vector<QColor>& colors)
    : m_c(c), m_overlay(*view.overlay), m_projected(projected), m_colors(colors),
      m_fill(view.style.fill), m_groups(projected.pointGroups(m_overlay, view.style)),
      m_category(m_groups.categoryColumn()), m_size(m_groups.sizeColumn()),
      m_firstShown(std::numeric_limits<std::int32_t>::min()),
      m_lastShown(std::numeric_limits<std::int32_t>::max()),
      m_symbols(view.style, c.settings.devicePixelRatio)
{
    const double size = view.style.size;
    if (m_size < 0) {
        m_diameters.push_back(size);
    } else {
        // Points grow with the square root of the value, up to six times the style's size.
        for (const QString& value : m_overlay.columns[static_cast<std::size_t>(m_size)].values)
            m_diameters.push_back(
                std::min(size + 2 * std::sqrt(std::max(0.0, value.toDouble())), size * 6));
    }
    if (m_overlay.isDated()) {
        m_firstShown = view.style.time.firstShown(c.settings.date);
        m_lastShown = view.style.time.lastShown(c.settings.date);
    }
}

bool OverlayPoints::allPoints() const
{
    return m_groups.allPoints();
}

void OverlayPoints::paint(QPainter& painter, const MapRect& rect)
{
    std::vector<Found> found;
    const auto [from, to] = m_overlay.shownBetween(m_firstShown, m_lastShown);
    if (m_overlay.isDated() && to - from <= m_groups.groups().size())
        findByFeature(rect, found);
    else
        findByPlace(rect, found);
    // Latest first, and of each symbol on a pixel only the first (the latest) kept; then drawn
    // from the oldest.
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return a.feature > b.feature || (a.feature == b.feature && a.place() > b.place());
    });
    std::vector<std::uint64_t> seen(std::bit_ceil(2 * found.size() + 1), kNone);
    std::erase_if(found, [&](const Found& f) { return !firstOf(seen, f.place()); });
    std::reverse(found.begin(), found.end());
    StampCanvas canvas(QRect(QPoint(0, 0), m_c.settings.size));
    for (const Found& f : found) {
        const QImage& stamp = m_symbols.stamp(f.stamp);
        canvas.add(f.pixel - QPoint(stamp.width() / 2, stamp.height() / 2), stamp);
    }
    canvas.paint(painter, m_c.settings.devicePixelRatio);
}

void OverlayPoints::findByFeature(const MapRect& rect, std::vector<Found>& found)
{
    const auto* categories =
        m_category < 0 ? nullptr : &m_overlay.columns[static_cast<std::size_t>(m_category)].index;
    const auto* sizes =
        m_size < 0 ? nullptr : &m_overlay.columns[static_cast<std::size_t>(m_size)].index;
    const auto [from, to] = m_overlay.shownBetween(m_firstShown, m_lastShown);
    for (std::size_t i = from; i < to; ++i) {
        const OverlayFeature& f = m_overlay.features[i];
        if (f.type != GeometryType::Point || f.lastDay < m_firstShown)
            continue;
        for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p)
            for (const MapPoint& at : m_projected.part(p))
                if (contains(rect, at))
                    add(at, categories ? (*categories)[i] : 0, sizes ? (*sizes)[i] : 0,
                        static_cast<std::uint32_t>(i), found);
    }
}

void OverlayPoints::findByPlace(const MapRect& rect, std::vector<Found>& found)
{
    const PointGroups& groups = m_groups;
    for (std::size_t i = 0; i < groups.groups().size(); ++i) {
        const PointGroups::Group& g = groups.groups()[i];
        groups.prefetch(i + 8);
        if (!contains(rect, g.at))
            continue;
        if (const std::int64_t latest = groups.latestShown(g, m_firstShown, m_lastShown);
            latest >= 0)
            add(g.at, g.category, g.size, static_cast<std::uint32_t>(latest), found);
    }
}

void OverlayPoints::add(const MapPoint& at, std::uint32_t category, std::uint32_t size,
                        std::uint32_t feature, std::vector<Found>& found)
{
    const QColor& fill = m_category < 0 || m_colors.empty() ? m_fill : m_colors[category];
    found.push_back({m_symbols.devicePixel(m_c.viewport.toScreen(at)),
                     m_symbols.stampIndex(fill, m_diameters[size]), feature});
}

} // namespace frontier
