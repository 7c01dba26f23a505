#pragma once

#include "io/DatasetRecords.h"

#include <QString>

#include <vector>

namespace frontier {

/// \brief An edit not yet on the server: the record as edited and the revision it was edited
/// from (0 for a new record).
struct PendingEdit {
    RecordKind kind = RecordKind::Event;
    Record record;
    qint64 baseRevision = 0;
};

/// \brief The edits a server could not take, kept in a local file (one JSON object a line,
/// rewritten atomically) until they are sent again: an edit survives the server, the connection
/// and the program going away.
class EditJournal {
public:
    explicit EditJournal(QString path) : m_path(std::move(path)) {}

    const QString& path() const { return m_path; }
    /// The edits kept, the oldest first; an unreadable line is left out.
    std::vector<PendingEdit> edits() const;
    /// Keeps `edit` after the others, in place of any kept for the same record: it was made on
    /// top of them. Empty, or why the file could not be written.
    QString append(const PendingEdit& edit);
    /// Forgets the edits kept for a record (a newer one reached the server).
    QString drop(RecordKind kind, const QString& id);
    /// Keeps exactly `edits` (none: the file is removed).
    QString replace(const std::vector<PendingEdit>& edits);

private:
    QString m_path;
};

} // namespace frontier
