#pragma once

#include "db/SaveResult.h"

#include <QDialog>

class QTableWidget;

namespace frontier {

/// \brief A save that met another's change: the analyst's version and the server's side by
/// side, field by field, the fields that differ marked, and the choice of what to keep. Closing
/// it chooses nothing: the edit stays unsaved in the window.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice {
        None,       ///< closed: decided later
        KeepTheirs, ///< the server's version replaces the analyst's
        KeepMine,   ///< the analyst's is saved over it, checked on the server's revision
        EditMerge,  ///< both sides' changes, edited before they are saved
    };

    /// `theirs` is none when the record was deleted on the server.
    ConflictDialog(const Record& mine, const std::optional<StoredRecord>& theirs,
                   QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QTableWidget* table() const { return m_table; }

private:
    void choose(Choice choice);

    QTableWidget* m_table;
    Choice m_choice = Choice::None;
};

} // namespace frontier
