#pragma once

#include <QObject>
#include <QString>

class QMainWindow;

namespace frontier {

class AtlasModel;
class MapCanvas;
class OverlayLoader;
class TimeController;

/// \brief The window's session between runs: geometry and dock layout, the view (date, extent,
/// CRS, labels, layers), the analyst's layers (file and layer, order, style; read again through
/// the OverlayLoader), the play speed and the dataset opened from the window. Every value is
/// checked on reading; a bad one is skipped with a warning. Saving goes through SettingsFormat,
/// so a full disk never truncates the file.
class SessionController : public QObject {
    Q_OBJECT
public:
    SessionController(AtlasModel& model, MapCanvas& canvas, TimeController& time,
                      OverlayLoader& loader, QMainWindow* window);

    /// Restores the layout and, with `includeView`, the view and date, with `includeLayers` the
    /// analyst's layers (read in the background); always the speed.
    void restore(bool includeView, bool includeLayers = true);
    /// Empty on success, else the error (also reported).
    QString save();
    /// The dataset folder the last session had open, or empty for the default one.
    static QString savedDatasetPath();
    /// The folder opened when none is saved (the bundled or $FRONTIER_ATLAS_DATA one): not saved.
    void setDefaultDatasetPath(const QString& path) { m_defaultDataset = path; }

signals:
    void warning(const QString& message);

private:
    AtlasModel& m_model;
    MapCanvas& m_canvas;
    TimeController& m_time;
    OverlayLoader& m_loader;
    QMainWindow* m_window;
    QString m_defaultDataset;
};

} // namespace frontier
