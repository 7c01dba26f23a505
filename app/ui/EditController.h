#pragma once

#include "io/DatasetRecords.h"

#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QUndoStack;
class QWidget;

namespace frontier {

class AtlasModel;
class DatasetController;
class FeaturePanel;
class SharedSaver;
class UndoableEdits;

/// \brief Edits the open dataset from the window: the Edit menu (undo, redo, add, edit and
/// retire events, actors, sources, an event's history), each dialog's result an undoable edit
/// (UndoableEdits); File → Save and Save As, written atomically, or, for a database's dataset,
/// saved to its server (SharedSaver); and the question before unsaved edits would be lost, which
/// also holds back colleagues' changes until they are saved.
class EditController : public QObject {
    Q_OBJECT
public:
    EditController(AtlasModel& model, FeaturePanel& panel, DatasetController& datasets,
                   QWidget* window);

    void addMenus(QMenu* file, QMenuBar* bar);
    /// The program's own data folder: saving there offers Save As instead.
    void setBundledPath(const QString& path) { m_bundled = path; }
    QUndoStack* undoStack() const;
    /// How long the last edit took to reach the model (records → dataset → timeline), in ms.
    double lastUpdateMs() const;

    /// Whether the window may close or open another dataset: true without unsaved edits, else
    /// as the analyst answers (Save, Discard or Cancel).
    bool maySwitch();
    bool save();
    /// Asks for a folder and saves the whole dataset there.
    bool saveAs();
    bool saveTo(const QString& folder);

    void addEvent();
    /// Edits the event selected in the history list (nothing when none is).
    void editEvent();
    void retireEvent();
    void editCatalog(RecordKind kind);
    SharedSaver* sharedSaver() const { return m_saver; }

signals:
    void message(const QString& text);

private:
    void openEventDialog(int index, const Record& event);
    /// The record index of the event selected in the history, or -1 (and, with none selected,
    /// a message asking for one).
    int selectedEventRecord();
    void showEventAfterEdit(const QString& id);

    AtlasModel& m_model;
    FeaturePanel& m_panel;
    QWidget* m_window;
    UndoableEdits* m_edits;
    SharedSaver* m_saver;
    QString m_bundled;
    QList<QAction*> m_eventActions;
};

} // namespace frontier
