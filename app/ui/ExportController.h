#pragma once

#include "FramesDialog.h"
#include "SnapshotDialog.h"
#include "render/MapSettings.h"

#include <QObject>

#include <functional>

class QWidget;

namespace frontier {

class AtlasModel;
class MapCanvas;

/// \brief The window's exports: a snapshot of the current view and a frame series, each
/// through its dialog and the same export code as the command line; the map to the clipboard.
/// Results and failures are reported through `message` and `warning`.
class ExportController : public QObject {
    Q_OBJECT
public:
    ExportController(AtlasModel& model, MapCanvas& canvas, QWidget* window);

    /// The map the snapshot dialog's options ask for: the current view at the model's date.
    MapSettings snapshotSettings(const SnapshotDialog::Options& options) const;
    /// Empty on success, else the error (also reported).
    QString exportSnapshot(const SnapshotDialog::Options& options);
    /// Writes the frames in order; `progress(done, total)` returning false stops after a whole
    /// frame. Returns the number written.
    int exportFrames(const FramesDialog::Options& options, const std::function<bool(int, int)>& progress);
    void askSnapshot();
    void askFrames();

signals:
    void message(const QString& text);
    void warning(const QString& text);

private:
    AtlasModel& m_model;
    MapCanvas& m_canvas;
    QWidget* m_window;
    SnapshotDialog::Options m_lastSnapshot;
    FramesDialog::Options m_lastFrames;
};

} // namespace frontier
