#pragma once

#include "model/Date.h"

#include <QDate>

namespace frontier {

/// Conversions between the model's Date (day precision) and QDate, for the date widgets.
inline QDate toQDate(Date date)
{
    return QDate::fromJulianDay(date.julianDay());
}
inline Date fromQDate(QDate date)
{
    return Date::fromJulianDay(static_cast<std::int32_t>(date.toJulianDay()));
}

} // namespace frontier
