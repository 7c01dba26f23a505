#pragma once

#include "StateInterval.h"

#include <array>
#include <span>

namespace frontier {

/// \brief Who held one side of a frontier feature at a date, and on what evidence.
struct SideState {
    int controller = -1;                 ///< actor index; -1 when unknown
    std::span<const int> with;           ///< co-controllers (owned by the Timeline)
    int event = -1;                      ///< the event that set it; -1 in a gap
    std::int32_t since = kTimelineStart; ///< the governing event's day (start of a gap)
    /// The governing event's date in its own precision, or the day a gap began; invalid before
    /// the first event (the start of the record).
    Date sinceDate;
    std::int32_t nextChange = kOpenEnd; ///< julian day the state next changes (kOpenEnd: none)
    bool approximate = false;
    bool disputed = false;
    std::span<const ClaimRef> disputes; ///< the claims behind `disputed` (owned by the Timeline)
};

/// \brief A frontier feature's state at a date: both sides' controllers and, for a crossing,
/// its status (a sector's status stays unknown).
struct FeatureState {
    int feature = -1;
    CrossingStatus status = CrossingStatus::Unknown;
    int statusEvent = -1;
    std::int32_t statusSince = kTimelineStart;
    Date statusSinceDate; ///< as SideState::sinceDate
    std::int32_t nextStatusChange = kOpenEnd;
    bool statusApproximate = false;
    bool statusDisputed = false;
    std::span<const ClaimRef> statusDisputes; ///< the claims behind `statusDisputed`
    std::array<SideState, 2> sides;

    const SideState& side(Side s) const { return sides[static_cast<int>(s)]; }
    /// Any part approximate (the status's and each side's own flags say which).
    bool approximate() const
    {
        return statusApproximate || sides[0].approximate || sides[1].approximate;
    }
    bool disputed() const { return statusDisputed || sides[0].disputed || sides[1].disputed; }
};

} // namespace frontier
