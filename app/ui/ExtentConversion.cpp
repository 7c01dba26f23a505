#include "ExtentConversion.h"

#include "render/MapRenderer.h"

#include <algorithm>

namespace frontier {

MapRect ExtentConversion::convert(MapRenderer& renderer, const MapRect& extent, const QString& from,
                                  const QString& to)
{
    try {
        const CoordinateTransform& source = renderer.transform(from);
        const CoordinateTransform& target = renderer.transform(to);
        double west = 180, south = 90, east = -180, north = -90;
        for (const MapPoint corner :
             {MapPoint{extent.xmin, extent.ymin}, MapPoint{extent.xmin, extent.ymax},
              MapPoint{extent.xmax, extent.ymin}, MapPoint{extent.xmax, extent.ymax}}) {
            const std::optional<GeoPoint> g = source.inverse(corner);
            if (!g)
                return renderer.homeExtent(to);
            west = std::min(west, g->lon);
            east = std::max(east, g->lon);
            south = std::min(south, g->lat);
            north = std::max(north, g->lat);
        }
        MapRect box = target.forwardBox(west, south, east, north);
        const std::optional<GeoPoint> centreGeo = source.inverse(extent.center());
        const std::optional<MapPoint> centre =
            centreGeo ? target.forward(*centreGeo) : std::nullopt;
        if (!centre)
            return renderer.homeExtent(to);
        const double w = box.width() / 2, h = box.height() / 2;
        box = {centre->x - w, centre->y - h, centre->x + w, centre->y + h};
        if (box.isValid())
            return box;
    } catch (const ProjError&) {
        // Fall through to the whole frontier.
    }
    return renderer.homeExtent(to);
}

} // namespace frontier
