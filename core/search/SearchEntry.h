#pragma once

#include "model/Date.h"
#include "model/GeoPoint.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace frontier {

/// \brief Something search can go to: a crossing, a place or an event, with the names it is
/// found by (English, Arabic and other spellings, an event's id and summary).
struct SearchEntry {
    enum class Kind { Feature, Place, Event };
    Kind kind = Kind::Feature;
    QString label;                 ///< shown in the list
    QStringList names;             ///< matched against what is typed
    int feature = -1;              ///< a crossing or sector, to select
    int event = -1;                ///< an event's index, to show in the crossing's history
    std::optional<GeoPoint> point; ///< to centre the map on
    std::optional<Date> date;      ///< to move the timeline to
};

} // namespace frontier
