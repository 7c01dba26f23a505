#include "PointGroups.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <tuple>

namespace frontier {
namespace {

constexpr std::uint32_t kEmpty = 0xffffffffu;

// A group's hash: of its position's bits and its two values.
std::uint64_t hashOf(std::uint64_t x, std::uint64_t y, std::uint32_t category, std::uint32_t size)
{
    std::uint64_t h = x * 0x9e3779b97f4a7c15ull;
    h = (h ^ (h >> 32) ^ y) * 0xff51afd7ed558ccdull;
    h = (h ^ (h >> 29) ^ (std::uint64_t{category} << 32 | size)) * 0xc4ceb9fe1a85ec53ull;
    return h ^ (h >> 32);
}

// The index of a kept column called `name` with a value per feature, or -1.
int usable(const Overlay& overlay, const QString& name)
{
    const int c = overlay.column(name);
    return c >= 0 && overlay.columns[static_cast<std::size_t>(c)].kept &&
                   overlay.columns[static_cast<std::size_t>(c)].index.size() ==
                       overlay.features.size()
               ? c
               : -1;
}

} // namespace

std::pair<int, int> PointGroups::columns(const Overlay& overlay, const OverlayStyle& style)
{
    return {usable(overlay, style.categoryField), usable(overlay, style.sizeField)};
}

PointGroups::PointGroups(const Overlay& overlay, std::span<const MapPoint> vertices,
                         std::span<const std::uint32_t> starts, const OverlayStyle& style)
    : m_longestSpan(overlay.longestSpan)
{
    std::tie(m_categoryColumn, m_sizeColumn) = columns(overlay, style);
    const auto valuesOf = [&](int c) {
        return c < 0 ? nullptr : &overlay.columns[static_cast<std::size_t>(c)].index;
    };
    const std::vector<std::uint32_t>* categories = valuesOf(m_categoryColumn);
    const std::vector<std::uint32_t>* sizes = valuesOf(m_sizeColumn);
    // First each point's group (in the features' order), then the groups' entries in that order.
    // The groups are found in an open-addressed table of their indices (a million points at a
    // few thousand places: a node per group would cost a cache miss a point).
    std::vector<std::uint32_t> table(1024, kEmpty);
    std::vector<std::uint32_t> entryGroups;
    std::vector<std::uint32_t> entryFeatures;
    entryGroups.reserve(overlay.features.size());
    entryFeatures.reserve(overlay.features.size());
    const auto find = [&](const MapPoint& at, std::uint32_t category, std::uint32_t size) {
        // +0.0 for -0.0: one place.
        const auto x = std::bit_cast<std::uint64_t>(at.x + 0.0);
        const auto y = std::bit_cast<std::uint64_t>(at.y + 0.0);
        const std::size_t mask = table.size() - 1;
        for (std::size_t i = hashOf(x, y, category, size) & mask;; i = (i + 1) & mask) {
            if (table[i] == kEmpty) {
                table[i] = static_cast<std::uint32_t>(m_groups.size());
                m_groups.push_back({at, category, size, 0, 0});
                return table[i];
            }
            const Group& g = m_groups[table[i]];
            if (g.at.x == at.x && g.at.y == at.y && g.category == category && g.size == size)
                return table[i];
        }
    };
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
                if (2 * m_groups.size() >= table.size())
                    rehash(table);
                const std::uint32_t g = find(at, category, size);
                ++m_groups[g].end;
                entryGroups.push_back(g);
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

void PointGroups::rehash(std::vector<std::uint32_t>& table) const
{
    table.assign(table.size() * 2, kEmpty);
    const std::size_t mask = table.size() - 1;
    for (std::uint32_t g = 0; g < m_groups.size(); ++g) {
        const Group& group = m_groups[g];
        std::size_t i =
            hashOf(std::bit_cast<std::uint64_t>(group.at.x + 0.0),
                   std::bit_cast<std::uint64_t>(group.at.y + 0.0), group.category, group.size) &
            mask;
        while (table[i] != kEmpty)
            i = (i + 1) & mask;
        table[i] = g;
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
