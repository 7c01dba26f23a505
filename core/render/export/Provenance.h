#pragma once

#include "render/MapSettings.h"
#include "time/Timeline.h"

#include <QMap>
#include <QString>

#include <optional>

namespace frontier {

/// \brief What a snapshot records about itself (PNG text chunks), so a picture in a report can
/// be traced to its data and reproduced: date, dataset hash, CRS, extent, sources shown.
class Provenance {
public:
    /// With `earlier`, a figure of that date beside `settings.date`: the sources of both, and
    /// the earlier date as frontier:compare-date.
    static QMap<QString, QString> of(const Timeline& timeline, const MapSettings& settings,
                                     const QString& crsName,
                                     std::optional<Date> earlier = std::nullopt);
};

} // namespace frontier
