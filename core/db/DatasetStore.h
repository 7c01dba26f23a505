#pragma once

#include "AuditEntry.h"
#include "DbConnection.h"
#include "SaveResult.h"
#include "io/AtomicFiles.h"
#include "io/DatasetRecords.h"

#include <QHash>

#include <array>
#include <optional>
#include <vector>

namespace frontier {

/// \brief A whole dataset on a PostgreSQL/PostGIS server: its records with their revisions, its
/// other files byte for byte, and the audit of every change. Every statement takes its values as
/// parameters. Throws DbError when the server cannot be reached or refuses.
class DatasetStore {
public:
    /// What the server holds, read in one snapshot.
    struct Content {
        DatasetRecords records;
        /// The folder's other files, named without a folder.
        std::vector<AtomicFiles::File> files;
        /// Each record's revision, by kind (RecordKind's order) and id.
        std::array<QHash<QString, qint64>, 4> revisions;
        /// SHA-256 of the records as the server gave them, revisions left out: the same content
        /// has the same digest.
        QByteArray digest;
        /// The audit's newest row in the snapshot: changesSince() it tells what changed after.
        qint64 lastChange = 0;
        qint64 revision(RecordKind kind, const QString& id) const;
        /// Every file of the dataset, in `folder`.
        std::vector<AtomicFiles::File> filesIn(const QString& folder) const;
        /// The files besides the records', in `folder`.
        std::vector<AtomicFiles::File> otherFilesIn(const QString& folder) const;
    };

    /// The records changed since the audit row `lastChange`, as the server holds them now.
    struct Changes {
        struct Change {
            RecordKind kind;
            QString id;
            std::optional<StoredRecord> current; ///< none: deleted
        };
        std::vector<Change> records;
        qint64 lastChange = 0; ///< the audit's newest row now
    };

    /// Connects and checks the schema (DbError::Kind::Schema when it is not this program's).
    explicit DatasetStore(const QString& spec);

    /// Makes the database hold `records` and `files`, in one transaction: new records are
    /// inserted, changed ones get a new revision, records that are not in `records` are deleted,
    /// and the audit records each. `files` replace the database's other files.
    void push(const DatasetRecords& records, const std::vector<AtomicFiles::File>& files);
    Content pull();
    /// Only the records changed since `lastChange` (Content::lastChange, or an earlier
    /// Changes::lastChange), read in one snapshot.
    Changes changesSince(qint64 lastChange);
    /// Saves one record on `baseRevision`, the revision it was edited from (0 for a new record),
    /// in one transaction: Saved, or Conflict with the server's version when another change came
    /// first. Nothing is overwritten that the editor did not see.
    SaveResult save(RecordKind kind, const Record& record, qint64 baseRevision);
    /// The record's changes, the oldest first.
    std::vector<AuditEntry> history(RecordKind kind, const QString& id);

    const QString& spec() const { return m_db.spec(); }

private:
    DbConnection m_db;
};

} // namespace frontier
