#pragma once

#include "model/Dataset.h"

#include <QString>

#include <optional>
#include <vector>

namespace frontier {

/// \brief Something the search box can go to: a crossing, a place or an event, with the text
/// it is found by (English and Arabic names, an event's id and summary).
struct SearchEntry {
    enum class Kind { Crossing, Place, Event };
    Kind kind = Kind::Crossing;
    QString label; ///< shown in the list
    QString keywords; ///< matched against what is typed
    int crossing = -1; ///< to select
    int event = -1; ///< to show in the crossing's history
    std::optional<GeoPoint> point; ///< to centre the map on
    std::optional<Date> date; ///< to move the timeline to

    /// Every crossing, place and event of a dataset.
    static std::vector<SearchEntry> all(const Dataset& dataset);
};

} // namespace frontier
