#include "SharedRecords.h"

namespace frontier {

SharedRecords::SharedRecords(const QString& spec, const QString& journalPath)
    : m_store(spec), m_content(m_store.pull()), m_journal(journalPath), m_sender(m_store, m_journal)
{
}

const Record* SharedRecords::find(RecordKind kind, const QString& id) const
{
    return m_content.find(kind, id);
}

bool SharedRecords::same(const Record& a, const Record& b)
{
    const auto geometry = [](const Record& r) {
        return r.geometry.isUndefined() ? QJsonValue() : r.geometry;
    };
    return a.id == b.id && a.properties == b.properties && geometry(a) == geometry(b);
}

std::vector<PendingEdit> SharedRecords::changesIn(const DatasetRecords& edited,
                                                  const std::set<RecordKey>* among) const
{
    std::vector<PendingEdit> changes;
    for (RecordKind kind :
         {RecordKind::Source, RecordKind::Actor, RecordKind::Area, RecordKind::Event}) {
        for (const Record& record : edited.of(kind)) {
            if (among && !among->contains({kind, record.id}))
                continue;
            const Record* stored = find(kind, record.id);
            if (!stored || !same(*stored, record))
                changes.push_back({kind, record, stored ? revision(kind, record.id) : 0});
        }
    }
    return changes;
}

SaveResult SharedRecords::send(const PendingEdit& edit)
{
    SaveResult result = m_sender.send(edit);
    if (result.outcome == SaveResult::Outcome::Saved)
        m_content.put(edit.kind, edit.record, result.revision);
    return result;
}

std::vector<SharedRecords::Sent> SharedRecords::resend()
{
    const std::vector<PendingEdit> pending = m_journal.edits();
    std::vector<Sent> sent;
    for (SaveResult& result : m_sender.resend()) {
        const PendingEdit& edit = pending[sent.size()];
        if (result.outcome == SaveResult::Outcome::Saved)
            m_content.put(edit.kind, edit.record, result.revision);
        sent.push_back({edit, std::move(result)});
    }
    return sent;
}

void SharedRecords::adopt(RecordKind kind, const StoredRecord& current)
{
    m_content.put(kind, current.record, current.revision);
}

std::vector<AuditEntry> SharedRecords::history(RecordKind kind, const QString& id)
{
    return m_store.history(kind, id);
}

std::size_t SharedRecords::refresh()
{
    const DatasetStore::Changes changes = m_store.changesSince(m_content.seen);
    if (!m_content.apply(changes)) // records moved or another file changed: all of it again
        m_content = m_store.pull();
    return changes.records.size();
}

} // namespace frontier
