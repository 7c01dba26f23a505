#pragma once

#include "FramesDialog.h"
#include "LayoutDialog.h"
#include "SnapshotDialog.h"
#include "render/MapSettings.h"
#include "render/export/FrameExporter.h"

#include <QObject>

#include <functional>

class QWidget;

namespace frontier {

class AtlasModel;
class MapCanvas;

/// \brief The window's exports: a snapshot of the current view, a frame series and a print
/// layout, each through its dialog and the same export code as the command line, and the state
/// table and the event list as CSV. Results and failures are reported through `message` and
/// `warning`.
class ExportController : public QObject {
    Q_OBJECT
public:
    ExportController(AtlasModel& model, MapCanvas& canvas, QWidget* window);

    /// The map the snapshot dialog's options ask for: the current view at the model's date.
    MapSettings snapshotSettings(const SnapshotDialog::Options& options) const;
    /// Empty on success, else the error (also reported).
    QString exportSnapshot(const SnapshotDialog::Options& options);
    /// Writes the image frames in order, or the video; `progress(done, total)` returning false
    /// stops after a whole frame (a cancelled video leaves no file). Reports the result.
    FrameExporter::Result exportFrames(const FramesDialog::Options& options,
                                       const std::function<bool(int, int)>& progress);
    void askSnapshot();
    void askFrames();
    /// The Layout dialog on the current view; it exports the page as PDF or PNG itself.
    void askLayout();
    /// The state of every crossing at the model's date, and every event, as CSV (the same
    /// tables as `state --csv` and `events --csv`), written atomically. Empty on success.
    QString exportStateCsv(const QString& path);
    QString exportEventsCsv(const QString& path);
    void askStateCsv();
    void askEventsCsv();

signals:
    void message(const QString& text);
    void warning(const QString& text);

private:
    AtlasModel& m_model;
    MapCanvas& m_canvas;
    QWidget* m_window;
    SnapshotDialog::Options m_lastSnapshot;
    FramesDialog::Options m_lastFrames;
    LayoutDialog::Options m_lastLayout;
};

} // namespace frontier
