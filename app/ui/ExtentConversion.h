#pragma once

#include "geo/MapGeometry.h"

#include <QString>

namespace frontier {

class MapRenderer;

/// \brief The same area of the ground in another CRS, for a CRS change of the view.
class ExtentConversion {
public:
    /// `extent` in `from`, shown in `to`: the lon/lat box of its corners, projected, centred
    /// on its centre. The home extent of `to` when the area cannot be transformed.
    static MapRect convert(MapRenderer& renderer, const MapRect& extent, const QString& from,
                           const QString& to);
};

} // namespace frontier
