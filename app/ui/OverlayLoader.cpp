#include "OverlayLoader.h"

#include "AtlasModel.h"
#include "MapCanvas.h"
#include "OverlayPanel.h"
#include "io/OverlayReader.h"
#include "overlay/ProjectedOverlay.h"
#include "render/MapRenderer.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QPointer>
#include <QThreadPool>

namespace frontier {

OverlayLoader::OverlayLoader(AtlasModel& model, MapCanvas& canvas, OverlayPanel& panel,
                             QWidget* window)
    : QObject(window), m_model(model), m_canvas(canvas), m_window(window)
{
    connect(&canvas, &MapCanvas::filesDropped, this, &OverlayLoader::load);
    connect(&panel, &OverlayPanel::zoomRequested, this, [this](int i) {
        const MapRect e = m_canvas.renderer()
                              .projected(m_canvas.settings().crs,
                                         m_model.overlays()[static_cast<std::size_t>(i)].overlay)
                              .extent();
        if (e.isValid())
            m_canvas.setExtent(e.grown(0.05));
    });
}

void OverlayLoader::ask()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Add layer"), QString(),
        tr("Vector files (*.gpkg *.shp *.geojson *.json *.geojsonl *.geojsons *.kml "
           "*.fgb *.csv);;All files (*)"));
    load(files);
}

void OverlayLoader::load(const QStringList& specs)
{
    for (const QString& spec : specs) {
        ++m_pending;
        const QString crs = m_canvas.settings().crs;
        QPointer<OverlayLoader> self(this);
        QThreadPool::globalInstance()->start([self, spec, crs] {
            LoadProblems problems;
            std::shared_ptr<const Overlay> overlay = OverlayReader::read(spec, problems);
            std::shared_ptr<ProjectedOverlay> projected;
            if (overlay)
                projected = std::make_shared<ProjectedOverlay>(*overlay, CoordinateTransform(crs));
            QMetaObject::invokeMethod(
                qApp,
                [self, spec, crs, overlay, projected, problems] {
                    if (!self)
                        return;
                    --self->m_pending;
                    QStringList lines;
                    for (const LoadProblem& p : problems)
                        lines << p.toString();
                    if (!overlay) {
                        emit self->warning(tr("The layer was not added: ") +
                                           lines.join(QStringLiteral("\n")));
                    } else {
                        self->m_canvas.renderer().adoptProjection(
                            crs, overlay,
                            std::make_unique<ProjectedOverlay>(std::move(*projected)));
                        self->m_model.addOverlay(overlay);
                        if (!lines.isEmpty())
                            emit self->warning(
                                tr("%1 rows of %2 were left out:\n%3")
                                    .arg(lines.size())
                                    .arg(overlay->name, lines.mid(0, 20).join(u'\n')));
                        else
                            emit self->message(tr("Added %1 (%2 features)")
                                                   .arg(overlay->name)
                                                   .arg(overlay->features.size()));
                    }
                    emit self->finished(spec);
                },
                Qt::QueuedConnection);
        });
    }
}

} // namespace frontier
