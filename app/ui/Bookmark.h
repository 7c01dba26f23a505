#pragma once

#include "geo/MapGeometry.h"
#include "model/Date.h"
#include "overlay/SavedLayer.h"

#include <QString>

#include <vector>

class QSettings;

namespace frontier {

/// \brief A named view worth keeping: the extent in its CRS, the date, and the analyst's layers'
/// styles and visibility (by file and layer).
struct Bookmark {
    QString name;
    QString crs;
    MapRect extent;
    Date date;
    std::vector<SavedLayer> layers;

    /// The bookmarks kept in `settings`; entries that do not read back are left out.
    static std::vector<Bookmark> load(QSettings& settings);
    static void save(QSettings& settings, const std::vector<Bookmark>& bookmarks);
};

} // namespace frontier
