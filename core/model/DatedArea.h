#pragma once

#include "Date.h"
#include "Event.h"
#include "GeoPoint.h"

#include <QString>

#include <optional>
#include <vector>

namespace frontier {

/// \brief An area that holds for a period: a deconfliction zone, a camp. A polygon (its rings),
/// or a point where the sources give no outline.
struct DatedArea {
    QString id;
    QString name;
    QString nameAr;
    QString kind;                             ///< "deconfliction-zone", "camp", …
    std::vector<std::vector<GeoPoint>> rings; ///< exterior ring first; empty for a point area
    GeoPoint point;                           ///< a point area's position; else the label point
    Date start;
    std::optional<Date> end; ///< the last day it is known to hold; open when absent
    Confidence confidence = Confidence::Medium;
    std::vector<int> sources;
    QString note;
    friend bool operator==(const DatedArea&, const DatedArea&) = default;

    bool isPoint() const { return rings.empty(); }
    /// Whether it holds on `date` (its first day): from the first day of `start` through the
    /// last day of `end`.
    bool holdsOn(Date date) const
    {
        return start.julianDay() <= date.julianDay() &&
               (!end || date.julianDay() <= end->lastJulianDay());
    }
    /// Its start or end is known only to the month or year.
    bool approximate() const { return start.isApproximate() || (end && end->isApproximate()); }
};

} // namespace frontier
