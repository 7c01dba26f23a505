#pragma once

#include "io/LoadProblem.h"
#include "overlay/SavedLayer.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QWidget;

namespace frontier {

class AtlasModel;
class MapCanvas;
class Overlay;
class OverlayPanel;
class ProjectedOverlay;

/// \brief Adds the analyst's layers to the map: File → Add layer… and Add PostGIS layer…, files
/// dropped on the map; and reads a layer again when the panel asks. Each is read and projected
/// into the map's CRS on a worker thread, so the window never waits for it; the overlay then
/// joins the model. Problems are reported naming file (or connection), feature, field.
class OverlayLoader : public QObject {
    Q_OBJECT
public:
    /// Takes the files dropped on `canvas` and the panel's requests to zoom to a layer.
    OverlayLoader(AtlasModel& model, MapCanvas& canvas, OverlayPanel& panel, QWidget* window);

    /// Starts reading each file (`PATH[:LAYERNAME]`); returns at once, unless a GeoPackage of
    /// several raster tables asks which.
    void load(const QStringList& specs);
    /// Asks for files with a file dialog.
    void ask();
    /// Asks for a PostgreSQL connection (`PG:service=… tables=…`, `postgresql://…`).
    void askConnection();
    /// Starts reading the layers a session kept; they join the model in their order and their
    /// styles, whatever order they are read in. One that cannot be read (a file gone) is named
    /// in a warning, and the others still open.
    void restore(const std::vector<SavedLayer>& layers);
    /// Reads the model's overlay `index` again; if that fails (a server gone away), it keeps
    /// the features it has and a warning names the layer and where it comes from.
    void reload(int index);
    /// The session's layers still being read (or waiting for an earlier one), to be kept if the
    /// window closes before they join the model.
    std::vector<SavedLayer> restoring() const;
    /// How many files are still being read.
    int pending() const { return m_pending; }

signals:
    void message(const QString& text);
    void warning(const QString& text);
    /// A file was read (or refused); `pending()` is already down by one.
    void finished(const QString& spec);

private:
    using Reader = std::function<std::shared_ptr<const Overlay>(LoadProblems&)>;
    /// A layer of a session being restored: its saved form, and once read, the overlay.
    struct Restoring {
        SavedLayer saved;
        bool read = false;
        std::shared_ptr<const Overlay> overlay; ///< null when it could not be read
    };

    /// `spec`, or for a file of several layers (a GeoPackage's vector layers and raster tables,
    /// a KML's folders) the ones the analyst checks (LayerChoiceDialog, as QGIS asks); none when
    /// they cancel.
    QStringList chosenLayers(const QString& spec) const;
    /// Reads with `reader` on a worker; then adds the overlay, puts it in `old`'s place, or with
    /// a `restoring` index, keeps it for flushRestored().
    void read(const QString& spec, Reader reader, std::shared_ptr<const Overlay> old,
              int restoring = -1);
    /// On the main thread, with what `read` found.
    void adopt(const QString& spec, const QString& crs, std::shared_ptr<const Overlay> overlay,
               std::shared_ptr<ProjectedOverlay> projected, const LoadProblems& problems,
               const std::shared_ptr<const Overlay>& old, int restoring);
    /// Adds the session's layers read so far that have every earlier one read before them.
    void flushRestored();

    AtlasModel& m_model;
    MapCanvas& m_canvas;
    QWidget* m_window;
    int m_pending = 0;
    std::vector<Restoring> m_restoring;
    std::size_t m_restored = 0; ///< m_restoring's layers before this are in the model or failed
};

} // namespace frontier
