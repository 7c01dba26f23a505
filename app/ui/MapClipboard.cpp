#include "MapClipboard.h"

#include "render/MapRenderer.h"

#include <QClipboard>
#include <QGuiApplication>

namespace frontier::MapClipboard {

QImage copy(MapRenderer& renderer, const MapSettings& settings)
{
    QImage image = renderer.renderImage(settings);
    // Other programs paste physical pixels; a device pixel ratio would only halve the paste in Qt
    // ones.
    image.setDevicePixelRatio(1);
    QGuiApplication::clipboard()->setImage(image);
    return image;
}

} // namespace frontier::MapClipboard
