#include "SharedRecords.h"

namespace frontier {

SharedRecords::SharedRecords(const QString& spec, const QString& journalPath)
    : m_store(spec), m_content(m_store.pull()), m_journal(journalPath), m_sender(m_store, m_journal)
{
    for (RecordKind kind :
         {RecordKind::Event, RecordKind::Actor, RecordKind::Source, RecordKind::Area}) {
        const auto& list = m_content.records.of(kind);
        for (std::size_t i = 0; i < list.size(); ++i)
            m_places[static_cast<std::size_t>(kind)].insert(list[i].id, i);
    }
}

const Record* SharedRecords::find(RecordKind kind, const QString& id) const
{
    const auto& places = m_places[static_cast<std::size_t>(kind)];
    const auto it = places.find(id);
    return it == places.end() ? nullptr : &m_content.records.of(kind)[*it];
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
        remember(edit.kind, edit.record, result.revision);
    return result;
}

std::vector<SharedRecords::Sent> SharedRecords::resend()
{
    const std::vector<PendingEdit> pending = m_journal.edits();
    std::vector<Sent> sent;
    for (SaveResult& result : m_sender.resend()) {
        const PendingEdit& edit = pending[sent.size()];
        if (result.outcome == SaveResult::Outcome::Saved)
            remember(edit.kind, edit.record, result.revision);
        sent.push_back({edit, std::move(result)});
    }
    return sent;
}

void SharedRecords::adopt(RecordKind kind, const StoredRecord& current)
{
    remember(kind, current.record, current.revision);
}

std::vector<AuditEntry> SharedRecords::history(RecordKind kind, const QString& id)
{
    return m_store.history(kind, id);
}

void SharedRecords::remember(RecordKind kind, const Record& record, qint64 revision)
{
    auto& list = m_content.records.of(kind);
    const auto it =
        std::find_if(list.begin(), list.end(), [&](const Record& r) { return r.id == record.id; });
    if (it == list.end())
        list.push_back(record);
    else
        *it = record;
    m_content.revisions[static_cast<std::size_t>(kind)].insert(record.id, revision);
}

} // namespace frontier
