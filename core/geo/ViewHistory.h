#pragma once

#include "geo/MapGeometry.h"
#include "model/Date.h"

#include <QString>

#include <deque>
#include <functional>
#include <optional>

namespace frontier {

/// \brief Back and forward through the views and dates shown (QGIS "zoom last / zoom next"):
/// a bounded list of {CRS, extent, date} with a current position.
///
/// A push after going back drops the entries ahead, as in a browser, except while the window
/// applies an entry that back() or forward() handed it: those pushes only update the current
/// entry. A push of nearly the same view (same CRS and date, each edge within 1% of the
/// extent's size) replaces the current entry, so re-applying a view or a nudge adds nothing.
class ViewHistory {
public:
    struct Entry {
        QString crs;
        MapRect extent;
        Date date;
    };
    using Apply = std::function<void(const Entry&)>;

    explicit ViewHistory(int capacity = 100);

    void push(const Entry& entry);
    /// Moves one entry back and calls `apply` with it (pushes from inside `apply` do not
    /// truncate); false, and no call, at the oldest entry.
    bool back(const Apply& apply);
    bool forward(const Apply& apply);
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_entries.size(); }
    std::optional<Entry> current() const;
    std::size_t size() const { return m_entries.size(); }

private:
    bool step(std::size_t index, const Apply& apply);

    std::deque<Entry> m_entries;
    std::size_t m_index = 0; ///< the current entry; meaningless while empty
    std::size_t m_capacity;
    bool m_navigating = false;
};

} // namespace frontier
