#pragma once

#include "io/DatasetRecords.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace frontier {

/// \brief One edit of one record, undoable: the record before (none: added) and after (none:
/// removed) at its index among its kind.
class RecordCommand : public QUndoCommand {
public:
    /// `apply` puts a record (or removes it) at an index of a kind, and updates the model.
    using Apply = std::function<void(RecordKind, int, const std::optional<Record>&)>;

    RecordCommand(const QString& text, RecordKind kind, int index, std::optional<Record> before,
                  std::optional<Record> after, Apply apply)
        : QUndoCommand(text), m_kind(kind), m_index(index), m_before(std::move(before)),
          m_after(std::move(after)), m_apply(std::move(apply))
    {
    }

    void redo() override { m_apply(m_kind, m_index, m_after); }
    void undo() override { m_apply(m_kind, m_index, m_before); }

private:
    RecordKind m_kind;
    int m_index;
    std::optional<Record> m_before;
    std::optional<Record> m_after;
    Apply m_apply;
};

} // namespace frontier
