#pragma once

#include "Overlay.h"
#include "OverlayStyle.h"
#include "geo/MapGeometry.h"

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace frontier {

/// \brief An overlay's points gathered by where they are and how they are drawn: a group is one
/// projected position with one value of the category column and one of the size column, and
/// lists its features in the overlay's (date) order. ACLED geocodes a million events to a few
/// thousand places, so a frame looks at each place once, not at each event.
class PointGroups {
public:
    struct Group {
        MapPoint at;
        std::uint32_t category = 0; ///< the value's index in the category column (0 without)
        std::uint32_t size = 0;     ///< the value's index in the size column (0 without)
        std::uint32_t first = 0;    ///< its features are entries [first, end)
        std::uint32_t end = 0;
    };

    /// Groups the point features of `overlay` projected to `vertices` (part p is
    /// vertices[starts[p], starts[p + 1])) by `style`'s category and size columns.
    PointGroups(const Overlay& overlay, std::span<const MapPoint> vertices,
                std::span<const std::uint32_t> starts, const OverlayStyle& style);

    /// The columns `style` groups `overlay` by: its category and size columns when they are
    /// kept, else -1.
    static std::pair<int, int> columns(const Overlay& overlay, const OverlayStyle& style);
    int categoryColumn() const { return m_categoryColumn; }
    int sizeColumn() const { return m_sizeColumn; }

    const std::vector<Group>& groups() const { return m_groups; }
    /// The last of the group's features that covers a day in [firstShown, lastShown], or -1.
    std::int64_t latestShown(const Group& group, std::int32_t firstShown,
                             std::int32_t lastShown) const;
    /// Asks the processor to fetch the `group`th group's entries: a frame reads them group by
    /// group, each far from the last, and would otherwise wait on memory at each.
    void prefetch(std::size_t group) const
    {
        if (group < m_groups.size())
            __builtin_prefetch(&m_firstDays[(m_groups[group].first + m_groups[group].end) / 2]);
    }
    /// Every feature is a point (nothing else to draw).
    bool allPoints() const { return m_allPoints; }

private:
    /// Doubles the table of group indices by hash (open addressing) and fills it again.
    void rehash(std::vector<std::uint32_t>& table) const;

    std::vector<Group> m_groups;
    // The entries of all groups, group by group: each feature's first and last day and index.
    std::vector<std::int32_t> m_firstDays;
    std::vector<std::int32_t> m_lastDays;
    std::vector<std::uint32_t> m_features;
    std::int64_t m_longestSpan = 0;
    int m_categoryColumn = -1, m_sizeColumn = -1;
    bool m_allPoints = true;
};

} // namespace frontier
