#pragma once

#include "model/Date.h"
#include "model/GeoPoint.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace frontier {

/// \brief Something search can go to: a crossing or sector, a place, a dated area or an event,
/// with the names it is found by (English, Arabic and other spellings, an event's id and summary).
struct SearchEntry {
    enum class Kind { Crossing, Sector, Place, Area, Event };
    Kind kind = Kind::Crossing;
    QString label;                 ///< shown in the list
    QStringList names;             ///< matched against what is typed
    int feature = -1;              ///< a crossing or sector, to select
    int event = -1;                ///< an event's index, to show in the crossing's history
    std::optional<GeoPoint> point; ///< to centre the map on
    std::optional<Date> date;      ///< to move the timeline to
    int area = -1; ///< a dated area's index: the timeline moves to its start unless it holds
};

} // namespace frontier
