#include "PointGroups.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <unordered_map>

namespace frontier {
namespace {

struct Key {
    std::uint64_t x, y;
    std::uint32_t category, size;
    friend bool operator==(const Key&, const Key&) = default;
};

struct KeyHash {
    std::size_t operator()(const Key& k) const
    {
        std::uint64_t h = k.x * 0x9e3779b97f4a7c15ull;
        h ^= (k.y + 0x632be59bd9b4e019ull + (h << 6) + (h >> 2)) * 0xff51afd7ed558ccdull;
        h ^= (std::uint64_t{k.category} << 32 | k.size) * 0xc4ceb9fe1a85ec53ull;
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
};

// Per feature, its value's index in `column`; none when there is no such kept column.
const std::vector<std::uint32_t>* valuesOf(const Overlay& overlay, int column)
{
    if (column < 0 || static_cast<std::size_t>(column) >= overlay.columns.size())
        return nullptr;
    const Overlay::Column& c = overlay.columns[static_cast<std::size_t>(column)];
    return c.kept && c.index.size() == overlay.features.size() ? &c.index : nullptr;
}

} // namespace

PointGroups::PointGroups(const Overlay& overlay, std::span<const MapPoint> vertices,
                         std::span<const std::uint32_t> starts, int categoryColumn, int sizeColumn)
    : m_longestSpan(overlay.longestSpan)
{
    const std::vector<std::uint32_t>* categories = valuesOf(overlay, categoryColumn);
    const std::vector<std::uint32_t>* sizes = valuesOf(overlay, sizeColumn);
    // First each point's group (in the features' order), then the groups' entries in that order.
    std::unordered_map<Key, std::uint32_t, KeyHash> groupOf;
    std::vector<std::uint32_t> entryGroups;
    std::vector<std::uint32_t> entryFeatures;
    for (std::size_t i = 0; i < overlay.features.size(); ++i) {
        const OverlayFeature& f = overlay.features[i];
        if (f.type != GeometryType::Point) {
            m_allPoints = false;
            continue;
        }
        const std::uint32_t category = categories ? (*categories)[i] : 0;
        const std::uint32_t size = sizes ? (*sizes)[i] : 0;
        for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p)
            for (std::uint32_t v = starts[p]; v < starts[p + 1]; ++v) {
                const MapPoint& at = vertices[v];
                if (!std::isfinite(at.x) || !std::isfinite(at.y))
                    continue;
                // +0.0 for -0.0: one place.
                const Key key{std::bit_cast<std::uint64_t>(at.x + 0.0),
                              std::bit_cast<std::uint64_t>(at.y + 0.0), category, size};
                const auto [it, added] =
                    groupOf.try_emplace(key, static_cast<std::uint32_t>(m_groups.size()));
                if (added)
                    m_groups.push_back({at, category, size, 0, 0});
                ++m_groups[it->second].end;
                entryGroups.push_back(it->second);
                entryFeatures.push_back(static_cast<std::uint32_t>(i));
            }
    }
    std::uint32_t next = 0;
    for (Group& g : m_groups) {
        g.first = next;
        next += g.end;
        g.end = g.first;
    }
    m_firstDays.resize(next);
    m_lastDays.resize(next);
    m_features.resize(next);
    for (std::size_t e = 0; e < entryGroups.size(); ++e) {
        const std::uint32_t at = m_groups[entryGroups[e]].end++;
        const OverlayFeature& f = overlay.features[entryFeatures[e]];
        m_firstDays[at] = f.firstDay;
        m_lastDays[at] = f.lastDay;
        m_features[at] = entryFeatures[e];
    }
}

std::int64_t PointGroups::latestShown(const Group& group, std::int32_t firstShown,
                                      std::int32_t lastShown) const
{
    // The entries are in date order: the last one starting by lastShown, then back past those
    // ending before firstShown, as far as the longest span allows.
    const auto begin = m_firstDays.begin() + group.first;
    auto it = std::upper_bound(begin, m_firstDays.begin() + group.end, lastShown);
    while (it != begin) {
        --it;
        if (*it < std::int64_t{firstShown} - m_longestSpan)
            break;
        const auto e = static_cast<std::size_t>(it - m_firstDays.begin());
        if (m_lastDays[e] >= firstShown)
            return m_features[e];
    }
    return -1;
}

} // namespace frontier
