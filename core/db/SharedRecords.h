#pragma once

#include "AuditEntry.h"
#include "DatasetStore.h"
#include "EditJournal.h"
#include "EditSender.h"

#include <QString>

#include <set>
#include <vector>

namespace frontier {

/// \brief A database's dataset as the window edits it: the records as the server last gave them,
/// each with its revision, and the saving of the records the analyst changed since, each on the
/// revision it was edited from (EditSender: saved, conflict, queued in the journal or refused).
class SharedRecords {
public:
    /// One edit sent and what became of it.
    struct Sent {
        PendingEdit edit;
        SaveResult result;
    };

    /// Connects and reads the records; throws DbError. Edits the server cannot take now are kept
    /// in the journal at `journalPath`.
    SharedRecords(const QString& spec, const QString& journalPath);

    /// The records as the server last gave them.
    const DatasetRecords& records() const { return m_content.records; }
    const QString& spec() const { return m_store.spec(); }
    /// Takes the server's changes since the records were read or last refreshed, reading only
    /// the records changed (a colleague's change: not all 100,000 events again); how many.
    std::size_t refresh();
    qint64 revision(RecordKind kind, const QString& id) const
    {
        return m_content.revision(kind, id);
    }
    /// The dataset's files besides the records', as the server gave them, in `folder`.
    std::vector<AtomicFiles::File> otherFilesIn(const QString& folder) const
    {
        return m_content.otherFilesIn(folder);
    }
    /// The server's copy of a record, or null.
    const Record* find(RecordKind kind, const QString& id) const;
    /// Every record of `edited` that is not as the server last gave it, on its revision; only
    /// among the records `among` names, when given (EditableDataset::touched: comparing all of
    /// 100,000 records made a save take twice its 50 ms).
    std::vector<PendingEdit> changesIn(const DatasetRecords& edited,
                                       const std::set<RecordKey>* among = nullptr) const;
    /// Saves one edit; once Saved, it is the server's copy with its new revision.
    SaveResult send(const PendingEdit& edit);
    /// Sends the journal's edits again (EditSender::resend), each with its result.
    std::vector<Sent> resend();
    bool hasJournal() const { return !m_journal.edits().empty(); }
    const QString& journalPath() const { return m_journal.path(); }
    /// Takes the server's version of a record as the copy edits start from (keep theirs).
    void adopt(RecordKind kind, const StoredRecord& current);
    /// The record's changes on the server, the oldest first; throws DbError.
    std::vector<AuditEntry> history(RecordKind kind, const QString& id);

    /// Whether two versions of a record hold the same content.
    static bool same(const Record& a, const Record& b);

private:
    DatasetStore m_store;
    DatasetStore::Content m_content;
    EditJournal m_journal;
    EditSender m_sender;
};

} // namespace frontier
