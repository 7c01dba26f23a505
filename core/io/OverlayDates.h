#pragma once

#include "model/Date.h"
#include "overlay/Overlay.h"

#include <optional>
#include <string_view>

namespace frontier::OverlayDates {

/// A field's text as a date: ISO (2019, 2019-09, 2019-09-30, with any time after it) or
/// ACLED's older "30 September 2019".
std::optional<Date> parse(std::string_view text);
/// Dates `feature` with `date` in its precision, or with ACLED's `time_precision` when given
/// (1 the day, 2 within a week of it, 3 within its month).
void apply(OverlayFeature& feature, const Date& date, std::optional<int> acledPrecision);

} // namespace frontier::OverlayDates
