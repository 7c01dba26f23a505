#include "SnapshotExport.h"

#include "Provenance.h"
#include "SnapshotWriter.h"
#include "render/MapRenderer.h"

#include <QElapsedTimer>

namespace frontier {

QString SnapshotExport::write(MapRenderer& renderer, const MapSettings& settings,
                              const QString& path, int dpi, RenderCache* cache, Timings* timings)
{
    QElapsedTimer clock;
    clock.start();
    const QImage image = renderer.renderImage(settings, cache);
    if (timings)
        timings->renderMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    return write(renderer, settings, image, path, dpi, timings);
}

QString SnapshotExport::write(MapRenderer& renderer, const MapSettings& settings,
                              const QImage& image, const QString& path, int dpi, Timings* timings)
{
    QElapsedTimer clock;
    clock.start();
    const CoordinateTransform& transform = renderer.transform(settings.crs);
    const SnapshotWriter::Georef georef{MapRenderer::viewport(settings), settings.devicePixelRatio,
                                        transform.esriWkt()};
    QString error = SnapshotWriter::write(
        image, path, georef, Provenance::of(renderer.timeline(), settings, transform.name()), dpi);
    if (timings)
        timings->writeMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    return error;
}

} // namespace frontier
