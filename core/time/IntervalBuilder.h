#pragma once

#include "StateInterval.h"

#include <vector>

namespace frontier {

/// \brief Turns one track's events (one side's control, or one crossing's status), already in
/// application order, into contiguous intervals from kTimelineStart to kOpenEnd, with gaps where
/// no event covers a period and disputed stretches where sources disagree.
class IntervalBuilder {
public:
    enum class Track { Control, Status };
    static Intervals build(const std::vector<Event>& events, const std::vector<int>& ordered,
                           Track track);
};

} // namespace frontier
