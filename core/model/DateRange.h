#pragma once

#include "Date.h"

namespace frontier {

/// \brief A closed range of dates, from the first day of `from` to the last day of `to`.
struct DateRange {
    Date from;
    Date to;

    bool contains(Date date) const
    {
        return from.julianDay() <= date.julianDay() && date.julianDay() <= to.lastJulianDay();
    }
    friend bool operator==(const DateRange&, const DateRange&) = default;
};

} // namespace frontier
