#pragma once

#include "render/MapSettings.h"

#include <QStringList>

#include <optional>

class QSettings;

namespace frontier {

/// \brief The view kept between runs in QSettings: date, extent, CRS, labels, layers and
/// decorations. Every value is checked on reading; a bad one is skipped with a warning.
class WindowSession {
public:
    static void saveView(QSettings& settings, const MapSettings& view);
    /// `current` with the saved values that are valid; a warning for each one that is not.
    static MapSettings loadView(QSettings& settings, const MapSettings& current,
                                QStringList& warnings);

    /// "xmin,ymin,xmax,ymax", round-tripping exactly.
    static QString extentText(const MapRect& extent);
    static std::optional<MapRect> extentFromText(const QString& text);
    /// True when PROJ accepts `crs`.
    static bool isValidCrs(const QString& crs);
};

} // namespace frontier
