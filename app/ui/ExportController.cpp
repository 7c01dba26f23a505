#include "ExportController.h"

#include "AtlasModel.h"
#include "MapCanvas.h"
#include "io/AtomicFiles.h"
#include "render/export/SnapshotExport.h"
#include "report/EventTable.h"
#include "report/StateTable.h"

#include <QDir>
#include <QFileDialog>
#include <QProgressDialog>

namespace frontier {

ExportController::ExportController(AtlasModel& model, MapCanvas& canvas, QWidget* window)
    : QObject(window), m_model(model), m_canvas(canvas), m_window(window)
{
}

MapSettings ExportController::snapshotSettings(const SnapshotDialog::Options& o) const
{
    MapSettings s = m_canvas.settings();
    s.size = o.size;
    s.devicePixelRatio = o.dpi / 96.0;
    const auto set = [&](Decoration d, bool on) {
        s.decorations = on ? s.decorations | static_cast<unsigned>(d)
                           : s.decorations & ~static_cast<unsigned>(d);
    };
    set(Decoration::Legend, o.legend);
    set(Decoration::Title, o.title);
    return s;
}

QString ExportController::exportSnapshot(const SnapshotDialog::Options& o)
{
    const QString error =
        SnapshotExport::write(m_canvas.renderer(), snapshotSettings(o), o.path, o.dpi);
    if (error.isEmpty())
        emit message(tr("Wrote %1").arg(QDir::toNativeSeparators(o.path)));
    else
        emit warning(error);
    return error;
}

FrameExporter::Result ExportController::exportFrames(const FramesDialog::Options& o,
                                                     const std::function<bool(int, int)>& progress)
{
    MapSettings s = m_canvas.settings();
    s.size = o.size;
    s.devicePixelRatio = 1;
    const FrameSeries series(o.from, o.to, o.step);
    const FrameExporter exporter(m_canvas.renderer());
    const FrameExporter::Result r =
        o.video ? exporter.writeVideo(s, series, {*o.video, o.fps, o.holdChanges}, o.file, progress)
                : exporter.writeImages(s, series, o.directory, o.format, 96, progress);
    const QString where = QDir::toNativeSeparators(o.video ? o.file : o.directory);
    if (!r.error.isEmpty())
        emit warning(r.error);
    else if (o.video && r.cancelled)
        emit message(tr("Cancelled: %1 not written").arg(where));
    else if (o.video)
        emit message(tr("Wrote %1 (%2 frames)").arg(where).arg(r.written));
    else
        emit message(tr("Wrote %1 frame(s) to %2").arg(r.written).arg(where));
    return r;
}

void ExportController::askSnapshot()
{
    if (m_lastSnapshot.path.isEmpty())
        m_lastSnapshot.path =
            QDir::home().filePath(QStringLiteral("frontier-%1.png").arg(m_model.date().toString()));
    SnapshotDialog dialog(m_lastSnapshot, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_lastSnapshot = dialog.options();
    exportSnapshot(m_lastSnapshot);
}

void ExportController::askFrames()
{
    if (m_lastFrames.directory.isEmpty()) {
        m_lastFrames.from = AtlasModel::minimumDate();
        m_lastFrames.to = AtlasModel::maximumDate();
        m_lastFrames.directory = QDir::home().filePath(QStringLiteral("frontier-frames"));
        m_lastFrames.file = QDir::home().filePath(QStringLiteral("frontier.mp4"));
    }
    FramesDialog dialog(m_lastFrames, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_lastFrames = dialog.options();
    QProgressDialog progress(m_lastFrames.video ? tr("Encoding the video…") : tr("Writing frames…"),
                             tr("Cancel"), 0, 1, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    exportFrames(m_lastFrames, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
}

void ExportController::askLayout()
{
    LayoutDialog dialog(m_canvas.renderer(), m_canvas.settings(), m_lastLayout, m_window);
    connect(&dialog, &LayoutDialog::exported, this, [this](const QString& path) {
        emit message(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(&dialog, &LayoutDialog::failed, this, &ExportController::warning);
    dialog.exec();
    m_lastLayout = dialog.options();
}

QString ExportController::exportStateCsv(const QString& path)
{
    const Date date = m_model.date();
    const std::vector<FeatureState> states = m_model.timeline().stateAt(date);
    const QString csv = StateTable::toCsv(
        m_model.timeline(), date, std::span(states).first(m_model.dataset().crossings().size()));
    const QString error = AtomicFiles::save({{path, csv.toUtf8()}});
    if (error.isEmpty())
        emit message(
            tr("Wrote the state on %1 to %2").arg(date.toString(), QDir::toNativeSeparators(path)));
    else
        emit warning(error);
    return error;
}

QString ExportController::exportEventsCsv(const QString& path)
{
    const std::vector<int> events =
        m_model.timeline().eventsIn(Date::fromYmd(1, 1, 1), Date::fromYmd(9999, 12, 31));
    const QString error =
        AtomicFiles::save({{path, EventTable::toCsv(m_model.dataset(), events).toUtf8()}});
    if (error.isEmpty())
        emit message(
            tr("Wrote %1 events to %2").arg(events.size()).arg(QDir::toNativeSeparators(path)));
    else
        emit warning(error);
    return error;
}

void ExportController::askStateCsv()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("frontier-state-%1.csv").arg(m_model.date().toString()));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export the state table"),
                                                      suggested, tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportStateCsv(path);
}

void ExportController::askEventsCsv()
{
    const QString suggested = QDir::home().filePath(QStringLiteral("frontier-events.csv"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export the event list"),
                                                      suggested, tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportEventsCsv(path);
}

} // namespace frontier
