#pragma once

#include "model/Event.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace frontier {

/// Julian day bounds of the timeline: nothing is known before 1900-01-01; open intervals end at
/// kOpenEnd.
inline constexpr std::int32_t kTimelineStart = 2415021; // 1900-01-01
inline constexpr std::int32_t kOpenEnd = std::numeric_limits<std::int32_t>::max();

/// \brief One claim of one event: what makes a state disputed.
struct ClaimRef {
    int event = -1; ///< index into Dataset::events()
    int claim = -1; ///< index into that event's claims
    friend bool operator==(const ClaimRef&, const ClaimRef&) = default;
};

/// \brief A period [start, end) during which one side's controller, or a crossing's status,
/// stays the same. event < 0 marks a gap in knowledge (the state is unknown).
struct StateInterval {
    std::int32_t start = kTimelineStart;
    std::int32_t end = kOpenEnd; ///< exclusive
    int event = -1;              ///< index into Dataset::events(), or -1 for a gap
    int actor = -1;              ///< control intervals: the controller (-1 for unknown)
    std::vector<int> with;       ///< control intervals: co-controllers
    CrossingStatus status = CrossingStatus::Unknown; ///< status intervals
    Confidence confidence = Confidence::Low;
    bool approximate = false;       ///< the governing event has only month or year precision
    bool disputed = false;          ///< the governing event's sources disagree on this period
    std::vector<ClaimRef> disputes; ///< the claims that make it disputed (empty when not)

    bool isGap() const { return event < 0; }
    bool contains(std::int32_t jd) const { return start <= jd && jd < end; }
};

using Intervals = std::vector<StateInterval>;

} // namespace frontier
