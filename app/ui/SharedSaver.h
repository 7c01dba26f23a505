#pragma once

#include "db/SharedRecords.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;
class QWidget;

namespace frontier {

class AtlasModel;
class SharedDatasetWatcher;

/// \brief Saves the window's edits of a database's dataset when the analyst saves (Ctrl+S):
/// each record changed since the server gave it is sent on the revision it was edited from.
/// Saved: its new revision. A conflict: ConflictDialog, where the analyst chooses. The server
/// away: the edit is kept in the journal and sent again every few seconds until it is back.
/// Refused (a read-only role): said, and the edit stays in the window.
class SharedSaver : public QObject {
    Q_OBJECT
public:
    /// Puts a record into the window's edited dataset (the server's version, a merge).
    using Apply = std::function<void(RecordKind, const Record&)>;
    /// Opens a record's dialog on `record`; the record as accepted, or none.
    using Edit = std::function<std::optional<Record>(RecordKind, const Record&)>;

    /// Holds back `watcher`'s reading of colleagues' changes while `undo` has unsaved edits,
    /// edits wait for the server or a dialog is open (reading would replace what they edit), and
    /// has it skip the changes this window saved.
    SharedSaver(AtlasModel& model, const QUndoStack& undo, SharedDatasetWatcher& watcher,
                QWidget* window, Apply apply, Edit edit);
    ~SharedSaver() override;

    /// The records of the model's database as its server gives them now (read whole the first
    /// time, then only the changes); null, and a message, when it cannot be read.
    const DatasetRecords* pull();
    /// Forgets the records pulled when the model's dataset is another one now; the journal
    /// stays.
    void forget();
    /// Saves every record of `edited` changed since pull(), looking only at those `touched`
    /// names; true when none is left unsaved in the window (each saved, settled or kept in the
    /// journal).
    bool save(const DatasetRecords& edited, const std::set<RecordKey>& touched);
    /// The whole dataset as a folder's files in `folder`: `edited` and the server's other files
    /// (Save As; empty when the server cannot be read).
    std::vector<AtomicFiles::File> filesIn(const QString& folder, const DatasetRecords& edited);
    /// Whether edits wait in the journal for the server.
    bool waiting() const { return m_retry.isActive(); }
    /// Where the edits to the database at `spec` wait for its server.
    static QString journalPath(const QString& spec);

signals:
    void message(const QString& text);

private:
    enum class Fate { Saved, Kept, Unsaved };
    Fate settle(PendingEdit edit, SaveResult result);
    void resend();

    AtlasModel& m_model;
    QWidget* m_window;
    Apply m_apply;
    Edit m_edit;
    std::unique_ptr<SharedRecords> m_shared;
    QTimer m_retry;
    bool m_busy = false; ///< a conflict is being settled: no resend meanwhile
};

} // namespace frontier
