#pragma once

#include "model/Date.h"

#include <cstdint>

namespace frontier {

/// \brief Which of a dated overlay's features show on a date: those up to it, those in the last
/// N days, weeks or months, or those on the day. A feature covers the days its date can mean
/// (a month-precise date covers its month), and shows when any of them qualifies.
struct TimeFilter {
    enum class Mode : std::uint8_t { UpTo, Within, OnDay };
    enum class Unit : std::uint8_t { Days, Weeks, Months };
    Mode mode = Mode::UpTo;
    int count = 30; ///< N, for Within
    Unit unit = Unit::Days;

    /// The first day (Julian) a feature may end on to show on `date`; with lastShown(), the
    /// window a feature's days must meet.
    std::int32_t firstShown(Date date) const;
    std::int32_t lastShown(Date date) const { return date.julianDay(); }
    bool shows(std::int32_t firstDay, std::int32_t lastDay, Date date) const
    {
        return firstDay <= lastShown(date) && lastDay >= firstShown(date);
    }

    friend bool operator==(const TimeFilter&, const TimeFilter&) = default;
};

} // namespace frontier
