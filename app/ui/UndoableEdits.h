#pragma once

#include "edit/EditableDataset.h"

#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;
class QWidget;

namespace frontier {

class AtlasModel;

/// \brief The records the window edits, opened from the model's dataset at the first edit (a
/// folder's files, or a database's records as its server gives them), and the undo stack of
/// their edits: each one a command that the whole dataset must still load with, turned at once
/// into the model's dataset. Another dataset opened, or read again, starts them afresh.
class UndoableEdits : public QObject {
    Q_OBJECT
public:
    /// A database's records as its server gives them now; null (and a message) when it cannot.
    using Pull = std::function<const DatasetRecords*()>;

    /// Boxes that refuse an edit open over `window`.
    UndoableEdits(AtlasModel& model, Pull pull, QWidget* window);

    QUndoStack* undoStack() const { return m_undo; }
    /// The records, opened now if they were not: null, with a box saying why, when they cannot
    /// be.
    EditableDataset* open();
    /// The records if open, else null.
    EditableDataset* opened() { return m_edits ? &*m_edits : nullptr; }
    /// Pushes `after` at `index` of its kind as an undoable edit named `text`; refused, with a box
    /// naming every problem, when the dataset would not load with it.
    bool commit(const QString& text, RecordKind kind, int index, std::optional<Record> after);
    /// Puts `record` in place of the one with its id (or adds it), outside the undo stack.
    void replace(RecordKind kind, const Record& record);
    /// Makes `dataset` (the records as saved and read back) the model's, keeping the edits.
    void publish(std::shared_ptr<const Dataset> dataset);
    /// How long the last edit took to reach the model (records → dataset → timeline), in ms.
    double lastUpdateMs() const { return m_lastUpdateMs; }

signals:
    /// The model's dataset was replaced from elsewhere: the edits and their history are gone.
    void discarded();

private:
    void apply(RecordKind kind, int index, const std::optional<Record>& record);

    AtlasModel& m_model;
    Pull m_pull;
    QWidget* m_window;
    QUndoStack* m_undo;
    std::optional<EditableDataset> m_edits;
    bool m_publishing = false;
    double m_lastUpdateMs = 0;
};

} // namespace frontier
