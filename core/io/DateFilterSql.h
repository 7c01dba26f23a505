#pragma once

#include "model/Date.h"
#include "model/DateRange.h"
#include "overlay/TimeFilter.h"

#include <QString>

#include <cstdint>
#include <optional>

class OGRLayer;

namespace frontier {

/// The condition (OGR SQL, which is also PostgreSQL's) that keeps the rows whose date column is
/// on or before Julian day `lastDay` and, with `firstDay`, whose days reach it: the end column
/// on or after it (empty or null: still holds), or without one the date itself.
QString dateFilterSql(const QString& dateColumn, const QString& endColumn,
                      std::optional<std::int32_t> firstDay, std::int32_t lastDay);

/// The fields of a layer that date its rows.
struct DateColumns {
    int date = -1;
    int end = -1;                ///< -1: none
    bool acledPrecision = false; ///< ACLED's time_precision: a row may mean a week or a month
};

/// Leaves on the server the rows of a database's `layer` that cannot show on any day of `shown`
/// under `filter`, as an attribute filter GDAL sends as SQL.
void pushDateFilter(OGRLayer& layer, DateColumns columns, DateRange shown,
                    const TimeFilter& filter);

} // namespace frontier
