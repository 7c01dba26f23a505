#include "TimeFilter.h"

#include <QDate>

#include <limits>

namespace frontier {

std::int32_t TimeFilter::firstShown(Date date) const
{
    const std::int32_t day = date.julianDay();
    switch (mode) {
    case Mode::UpTo:
        return std::numeric_limits<std::int32_t>::min();
    case Mode::OnDay:
        return day;
    case Mode::Within:
        break;
    }
    const int n = count < 1 ? 1 : count;
    switch (unit) {
    case Unit::Days:
        return day - n + 1;
    case Unit::Weeks:
        return day - 7 * n + 1;
    case Unit::Months:
        break;
    }
    return static_cast<std::int32_t>(QDate::fromJulianDay(day).addMonths(-n).toJulianDay()) + 1;
}

} // namespace frontier
