#include "ViewHistory.h"

#include <algorithm>
#include <cmath>

namespace frontier {
namespace {

bool sameView(const ViewHistory::Entry& a, const ViewHistory::Entry& b)
{
    if (a.crs != b.crs || !(a.date == b.date))
        return false;
    const double dx = 0.01 * std::max(a.extent.width(), b.extent.width()),
                 dy = 0.01 * std::max(a.extent.height(), b.extent.height());
    return std::abs(a.extent.xmin - b.extent.xmin) <= dx &&
           std::abs(a.extent.xmax - b.extent.xmax) <= dx &&
           std::abs(a.extent.ymin - b.extent.ymin) <= dy &&
           std::abs(a.extent.ymax - b.extent.ymax) <= dy;
}

} // namespace

ViewHistory::ViewHistory(int capacity) : m_capacity(static_cast<std::size_t>(std::max(capacity, 2)))
{
}

void ViewHistory::push(const Entry& entry)
{
    if (!m_entries.empty() && (m_navigating || sameView(m_entries[m_index], entry))) {
        m_entries[m_index] = entry;
        return;
    }
    if (!m_entries.empty())
        m_entries.erase(m_entries.begin() + static_cast<std::ptrdiff_t>(m_index) + 1,
                        m_entries.end());
    m_entries.push_back(entry);
    if (m_entries.size() > m_capacity)
        m_entries.pop_front();
    m_index = m_entries.size() - 1;
}

bool ViewHistory::back(const Apply& apply)
{
    return canGoBack() && step(m_index - 1, apply);
}

bool ViewHistory::forward(const Apply& apply)
{
    return canGoForward() && step(m_index + 1, apply);
}

bool ViewHistory::step(std::size_t index, const Apply& apply)
{
    m_index = index;
    const Entry entry = m_entries[index]; // a copy: apply's pushes may replace it
    m_navigating = true;
    try {
        apply(entry);
    } catch (...) {
        m_navigating = false;
        throw;
    }
    m_navigating = false;
    return true;
}

std::optional<ViewHistory::Entry> ViewHistory::current() const
{
    if (m_entries.empty())
        return std::nullopt;
    return m_entries[m_index];
}

} // namespace frontier
