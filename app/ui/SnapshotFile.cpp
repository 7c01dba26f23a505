#include "SnapshotFile.h"

#include "render/MapRenderer.h"
#include "render/Provenance.h"
#include "render/SnapshotWriter.h"

namespace frontier {

QString SnapshotFile::write(MapRenderer& renderer, const MapSettings& settings, const QString& path, int dpi)
{
    const QImage image = renderer.renderImage(settings);
    const CoordinateTransform& transform = renderer.transform(settings.crs);
    const SnapshotWriter::Georef georef{MapRenderer::viewport(settings), settings.devicePixelRatio, transform.esriWkt()};
    return SnapshotWriter::write(image, path, georef, Provenance::of(renderer.timeline(), settings, transform.name()), dpi);
}

} // namespace frontier
