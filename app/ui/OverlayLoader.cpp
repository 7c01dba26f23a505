#include "OverlayLoader.h"

#include "AtlasModel.h"
#include "LayerChoiceDialog.h"
#include "MapCanvas.h"
#include "OverlayPanel.h"
#include "io/GdalIo.h"
#include "io/OverlayCache.h"
#include "overlay/ProjectedOverlay.h"
#include "render/MapRenderer.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QPointer>
#include <QThreadPool>

namespace frontier {

OverlayLoader::OverlayLoader(AtlasModel& model, MapCanvas& canvas, OverlayPanel& panel,
                             QWidget* window)
    : QObject(window), m_model(model), m_canvas(canvas), m_window(window)
{
    connect(&canvas, &MapCanvas::filesDropped, this, &OverlayLoader::load);
    connect(&panel, &OverlayPanel::reloadRequested, this, &OverlayLoader::reload);
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
           "*.fgb *.csv);;Rasters (*.tif *.tiff *.gpkg *.vrt *.asc *.img *.jp2);;All files (*)"));
    load(files);
}

void OverlayLoader::askConnection()
{
    const QString text = QInputDialog::getText(
        m_window, tr("Add PostGIS layer"),
        tr("A table of a PostgreSQL/PostGIS database, as\n"
           "PG:service=NAME tables=TABLE  or  postgresql://USER@HOST/DB?tables=TABLE\n"
           "(passwords come from ~/.pgpass or the service file, never from here)"));
    if (!text.trimmed().isEmpty())
        load({text.trimmed()});
}

void OverlayLoader::load(const QStringList& specs)
{
    // The whole layer, even from a database: the date slider shows any day, so no date filter
    // is pushed to the server here (unlike an export of one date).
    for (const QString& given : specs)
        for (const QString& spec : chosenLayers(given))
            read(
                spec,
                [spec](LoadProblems& problems) { return OverlayCache::read(spec, problems, {}); },
                nullptr);
}

QStringList OverlayLoader::chosenLayers(const QString& spec) const
{
    const std::vector<ChoosableLayer> layers = GdalIo::instance().layersToChoose(spec);
    if (layers.empty())
        return {spec};
    LayerChoiceDialog dialog(QFileInfo(spec).fileName(), layers, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    QStringList specs;
    for (const QString& name : dialog.chosen())
        specs << spec + u':' + name;
    return specs;
}

void OverlayLoader::restore(const std::vector<SavedLayer>& layers)
{
    for (const SavedLayer& layer : layers) {
        m_restoring.push_back({layer, false, nullptr});
        const QString spec = layer.spec();
        read(
            spec, [spec](LoadProblems& problems) { return OverlayCache::read(spec, problems, {}); },
            nullptr, static_cast<int>(m_restoring.size() - 1));
    }
}

std::vector<SavedLayer> OverlayLoader::restoring() const
{
    std::vector<SavedLayer> out;
    for (std::size_t i = m_restored; i < m_restoring.size(); ++i)
        if (!m_restoring[i].read || m_restoring[i].overlay)
            out.push_back(m_restoring[i].saved);
    return out;
}

void OverlayLoader::flushRestored()
{
    for (; m_restored < m_restoring.size() && m_restoring[m_restored].read; ++m_restored) {
        Restoring& r = m_restoring[m_restored];
        if (r.overlay)
            m_model.addOverlay(std::move(r.overlay), r.saved.style);
    }
    if (m_restored == m_restoring.size()) {
        m_restoring.clear();
        m_restored = 0;
    }
}

void OverlayLoader::reload(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_model.overlays().size())
        return;
    std::shared_ptr<const Overlay> old =
        m_model.overlays()[static_cast<std::size_t>(index)].overlay;
    read(
        old->path,
        [old](LoadProblems& problems) { return GdalIo::instance().reloadOverlay(*old, problems); },
        old);
}

void OverlayLoader::read(const QString& spec, Reader reader, std::shared_ptr<const Overlay> old,
                         int restoring)
{
    ++m_pending;
    const QString crs = m_canvas.settings().crs;
    QPointer<OverlayLoader> self(this);
    QThreadPool::globalInstance()->start([self, spec, crs, reader, old, restoring] {
        LoadProblems problems;
        std::shared_ptr<const Overlay> overlay = reader(problems);
        std::shared_ptr<ProjectedOverlay> projected;
        if (overlay) {
            projected = std::make_shared<ProjectedOverlay>(*overlay, CoordinateTransform(crs));
            // Its points grouped for the style it starts with, here rather than at its first
            // frame: a million events take about a tenth of a second.
            projected->pointGroups(*overlay, OverlayStyle::defaultFor(*overlay, 0));
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, spec, crs, overlay, projected, problems, old, restoring] {
                if (self)
                    self->adopt(spec, crs, overlay, projected, problems, old, restoring);
            },
            Qt::QueuedConnection);
    });
}

void OverlayLoader::adopt(const QString& spec, const QString& crs,
                          std::shared_ptr<const Overlay> overlay,
                          std::shared_ptr<ProjectedOverlay> projected, const LoadProblems& problems,
                          const std::shared_ptr<const Overlay>& old, int restoring)
{
    --m_pending;
    QStringList lines;
    for (const LoadProblem& p : problems)
        lines << p.toString();
    if (restoring >= 0) {
        Restoring& r = m_restoring[static_cast<std::size_t>(restoring)];
        r.read = true;
        r.overlay = overlay;
    }
    if (!overlay && restoring >= 0) {
        emit warning(tr("The layer %1 of the last session was not opened: %2")
                         .arg(m_restoring[static_cast<std::size_t>(restoring)].saved.displayName(),
                              lines.join(QStringLiteral("\n"))));
    } else if (!overlay && old) {
        emit warning(tr("“%1” was not reloaded, and keeps the features it had: %2")
                         .arg(old->name, lines.join(QStringLiteral("\n"))));
    } else if (!overlay) {
        emit warning(tr("The layer was not added: ") + lines.join(QStringLiteral("\n")));
    } else {
        m_canvas.renderer().adoptProjection(
            crs, overlay, std::make_unique<ProjectedOverlay>(std::move(*projected)));
        if (!old && restoring < 0)
            m_model.addOverlay(overlay);
        else if (old)
            m_model.replaceOverlay(old, overlay); // false: removed while it was read

        if (!lines.isEmpty())
            emit warning(tr("%1 rows of %2 were left out:\n%3")
                             .arg(lines.size())
                             .arg(overlay->name, lines.mid(0, 20).join(u'\n')));
        else
            emit message((old ? tr("Reloaded %1 (%2)") : tr("Added %1 (%2)"))
                             .arg(overlay->name, overlay->summary()));
    }
    if (restoring >= 0)
        flushRestored();
    emit finished(spec);
}

} // namespace frontier
