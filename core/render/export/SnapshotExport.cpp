#include "SnapshotExport.h"

#include "Provenance.h"
#include "SnapshotWriter.h"
#include "render/MapRenderer.h"

namespace frontier {

QString SnapshotExport::write(MapRenderer& renderer, const MapSettings& settings,
                              const QString& path, int dpi)
{
    return write(renderer, settings, renderer.renderImage(settings), path, dpi);
}

QString SnapshotExport::write(MapRenderer& renderer, const MapSettings& settings,
                              const QImage& image, const QString& path, int dpi)
{
    const CoordinateTransform& transform = renderer.transform(settings.crs);
    const SnapshotWriter::Georef georef{MapRenderer::viewport(settings), settings.devicePixelRatio,
                                        transform.esriWkt()};
    return SnapshotWriter::write(
        image, path, georef, Provenance::of(renderer.timeline(), settings, transform.name()), dpi);
}

} // namespace frontier
