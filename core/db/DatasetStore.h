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
    struct Changes;

    /// What the server holds, read in one snapshot, and kept up to date with the changes made
    /// since (apply) or by this program (put).
    struct Content {
        DatasetRecords records;
        /// The folder's other files, named without a folder.
        std::vector<AtomicFiles::File> files;
        /// Each record's revision, by kind (RecordKind's order) and id.
        std::array<QHash<QString, qint64>, 4> revisions;
        /// Each record's row as the server sent it, hashed (RecordRows::rowHash), by kind and id.
        std::array<QHash<QString, QByteArray>, 4> rowHashes;
        /// SHA-256 of the records' row hashes in order, revisions left out: the same content has
        /// the same digest, whether pulled whole or brought up to date by apply().
        QByteArray digest;
        /// The snapshot it was read in (a pg_snapshot): changesSince() it tells what was committed
        /// after.
        QString seen;

        qint64 revision(RecordKind kind, const QString& id) const;
        /// The record, or null.
        const Record* find(RecordKind kind, const QString& id) const;
        /// Every file of the dataset, in `folder`.
        std::vector<AtomicFiles::File> filesIn(const QString& folder) const;
        /// The files besides the records', in `folder`.
        std::vector<AtomicFiles::File> otherFilesIn(const QString& folder) const;
        /// Takes `record` at `revision` (this program's save): replaced where it is, or added
        /// last, as the server places a new record. Its row hash is unknown: the digest is no
        /// longer the records'.
        void put(RecordKind kind, const Record& record, qint64 revision);
        /// Brings the records up to date with `changes`; false, changing nothing, when they
        /// cannot be from the changes alone (Changes::readWhole: pull() again).
        bool apply(const Changes& changes);

    private:
        friend class DatasetStore; // pull() indexes and digests what it read
        void index();
        void store(RecordKind kind, const Record& record, qint64 revision);
        void remove(RecordKind kind, const QString& id);
        void updateDigest();
        /// Each record's place in `records`, by kind and id.
        std::array<QHash<QString, std::size_t>, 4> m_places;
    };

    /// The records changed in the transactions a snapshot did not see, as the server holds them
    /// now.
    struct Changes {
        struct Change {
            RecordKind kind;
            QString id;
            std::optional<StoredRecord> current; ///< none: deleted
            QByteArray rowHash;                  ///< current's (RecordRows::rowHash)
            bool created = false;                ///< inserted since: the server placed it last
        };
        std::vector<Change> records;
        QString seen; ///< the snapshot they were read in
        /// Records moved in their order, or another file changed, since (the server's
        /// dataset_changes): only a whole read gives the dataset.
        bool readWhole = false;
    };

    /// Connects and checks the schema (DbError::Kind::Schema when it is not this program's).
    explicit DatasetStore(const QString& spec);

    /// Makes the database hold `records` and `files`, in one transaction: new records are
    /// inserted, changed ones get a new revision, records that are not in `records` are deleted,
    /// and the audit records each. `files` replace the database's other files.
    void push(const DatasetRecords& records, const std::vector<AtomicFiles::File>& files);
    Content pull();
    /// Only the records changed in transactions the snapshot `seen` (Content::seen, or an earlier
    /// Changes::seen) did not see, whatever order they committed in; read in one snapshot.
    Changes changesSince(const QString& seen);
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
