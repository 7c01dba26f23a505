#pragma once

#include "RecordPlaces.h"
#include "io/AtomicFiles.h"
#include "io/DatasetRecords.h"
#include "io/LoadProblem.h"
#include "model/Dataset.h"

#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace frontier {

class EventMemo;

/// \brief A dataset being edited: its records, the checks of one record against the others, and
/// the Dataset the records make on the basemap and frontier features already loaded (nothing
/// but the records is read again). QtCore only; the window's undo stack drives it.
class EditableDataset {
public:
    /// The records of `dataset`'s folder, or nothing and why.
    static std::optional<EditableDataset> open(std::shared_ptr<const Dataset> dataset,
                                               LoadProblems& problems);
    /// `records` (a database's, as its server gave them) over `dataset`.
    static EditableDataset of(std::shared_ptr<const Dataset> dataset, DatasetRecords records)
    {
        return EditableDataset(std::move(dataset), std::move(records));
    }

    const DatasetRecords& records() const { return m_records; }
    const Dataset& base() const { return *m_base; }
    /// The record's index among its kind, or -1.
    int indexOf(RecordKind kind, const QString& id) const
    {
        return m_places.indexOf(m_records, kind, id);
    }
    /// Every problem `validate` would report for `record` put at `index` of its kind (the end:
    /// added), with the reader's messages.
    LoadProblems check(RecordKind kind, int index, const Record& record) const;
    /// Puts `record` at `index` (replacing it; at the end: added), or removes the record at
    /// `index` when `record` is empty.
    void put(RecordKind kind, int index, const std::optional<Record>& record);
    /// The records put (added, replaced or removed, undone ones too) since clearTouched(): all a
    /// save to a server has to compare with the server's copies.
    const std::set<RecordKey>& touched() const { return m_touched; }
    /// After a save to a server: touched() is empty, and the records put so far are hashed into
    /// the base's hash once rather than again at every build.
    void clearTouched();
    /// The dataset the records make now, or null with every problem. Only the events edited
    /// since the last build (this one's or a copy's) are checked again.
    std::shared_ptr<const Dataset> build(LoadProblems& problems) const;
    /// What saving to `folder` writes: the records' files and, to a folder other than the one
    /// read, the dataset's other files too (Save As), in one atomic set.
    std::vector<AtomicFiles::File> files(const QString& folder) const;
    /// After a save: the dataset read back from there (its hash is the files').
    void rebase(std::shared_ptr<const Dataset> saved)
    {
        m_base = std::move(saved);
        m_baseHash = m_base->contentHash();
        m_sinceBase.clear();
    }

private:
    EditableDataset(std::shared_ptr<const Dataset> base, DatasetRecords records);
    static void put(DatasetRecords& records, RecordKind kind, int index,
                    const std::optional<Record>& record);
    /// The records' content: the base's hash, then each record put since, with its place (or
    /// none: removed); the base's alone when none was.
    QByteArray contentHash() const;

    std::shared_ptr<const Dataset> m_base;
    DatasetRecords m_records;
    RecordPlaces m_places;
    FeatureIds m_features;
    std::set<RecordKey> m_touched;
    /// The hash of the content the records had when m_sinceBase was last emptied: the base's,
    /// or with the records put before the last save to a server too.
    QByteArray m_baseHash;
    std::set<RecordKey> m_sinceBase; ///< the records put since: what m_baseHash lacks
    /// The events of the last build, shared with copies: an edit is tried on a copy and then
    /// applied, and 100,000 events are not read twice for it. Used on one thread.
    std::shared_ptr<EventMemo> m_events;
};

} // namespace frontier
