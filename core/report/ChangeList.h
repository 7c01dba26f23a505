#pragma once

#include "model/Date.h"
#include "model/Event.h"
#include "model/Side.h"

#include <QString>

#include <vector>

namespace frontier {

class Dataset;
class Timeline;

/// \brief Who held a side: a controller (-1 unknown) and its co-holders, sorted.
struct Holder {
    int controller = -1;
    std::vector<int> with;
    friend bool operator==(const Holder&, const Holder&) = default;
};

/// \brief One difference between the frontier on two dates.
struct Change {
    enum class Kind {
        Control,    ///< a side of a crossing or sector changed hands
        Status,     ///< a crossing opened, closed or was restricted
        AreaBegan,  ///< a dated area holds on the later date, not on the earlier
        AreaEnded,  ///< the reverse
        AreaBetween ///< an area began and ended between the two dates
    };
    Kind kind = Kind::Control;
    int feature = -1; ///< Control, Status: the crossing or sector
    Side side = Side::IQ;
    int area = -1; ///< the Area kinds: index into Dataset::areas()
    Holder before, after;
    CrossingStatus statusBefore = CrossingStatus::Unknown;
    CrossingStatus statusAfter = CrossingStatus::Unknown;
    /// The event behind the later state (-1 where no source covers the later date).
    int event = -1;
    /// When the later state began, in its event's precision (invalid for a gap's start of record).
    Date since;
    /// Every event that set this side's holder or this status after the earlier date, through the
    /// later one, in date order: the way from one state to the other.
    std::vector<int> path;

    bool isArea() const { return area >= 0; }
};

/// \brief What changed between two dates: each crossing's status, the holder of each side of
/// every crossing and sector, and the dated areas. A state is compared as `state` shows it on
/// each date, so something that changed and changed back is not listed.
namespace ChangeList {
/// Changes from the state on `from` to the state on `to` (from ≤ to), crossings and sectors in
/// dataset order (status, then IQ, then SY), then areas.
std::vector<Change> between(const Timeline& timeline, Date from, Date to);
/// One line an analyst reads: "al-Qaim / Albu Kamal, Iraqi side: ISIS → Iraq with PMF".
QString describe(const Dataset& dataset, const Change& change);
/// When and on what: "since 2019-09-30 · event qaim-2019-09-30-open · 2 events on the way".
QString facts(const Dataset& dataset, const Change& change);
/// The sources of the change's event (of the area for an area), as indices into
/// Dataset::sources().
std::vector<int> sources(const Dataset& dataset, const Change& change);
} // namespace ChangeList

} // namespace frontier
