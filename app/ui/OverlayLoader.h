#pragma once

#include "io/LoadProblem.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace frontier {

class AtlasModel;
class MapCanvas;
class OverlayPanel;

/// \brief Adds the analyst's files to the map: File → Add layer…, files dropped on the map. Each
/// file is read and projected into the map's CRS on a worker thread, so the window never waits
/// for it; the overlay then joins the model. Problems are reported naming file, feature, field.
class OverlayLoader : public QObject {
    Q_OBJECT
public:
    /// Takes the files dropped on `canvas` and the panel's requests to zoom to a layer.
    OverlayLoader(AtlasModel& model, MapCanvas& canvas, OverlayPanel& panel, QWidget* window);

    /// Starts reading each file (`PATH[:LAYERNAME]`); returns at once.
    void load(const QStringList& specs);
    /// Asks for files with a file dialog.
    void ask();
    /// How many files are still being read.
    int pending() const { return m_pending; }

signals:
    void message(const QString& text);
    void warning(const QString& text);
    /// A file was read (or refused); `pending()` is already down by one.
    void finished(const QString& spec);

private:
    AtlasModel& m_model;
    MapCanvas& m_canvas;
    QWidget* m_window;
    int m_pending = 0;
};

} // namespace frontier
