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

std::size_t SharedRecords::refresh()
{
    const DatasetStore::Changes changes = m_store.changesSince(m_content.lastChange);
    for (const DatasetStore::Changes::Change& change : changes.records) {
        if (change.current)
            remember(change.kind, change.current->record, change.current->revision);
        else
            drop(change.kind, change.id);
    }
    m_content.lastChange = changes.lastChange;
    return changes.records.size();
}

void SharedRecords::remember(RecordKind kind, const Record& record, qint64 revision)
{
    auto& list = m_content.records.of(kind);
    auto& places = m_places[static_cast<std::size_t>(kind)];
    const auto place = places.constFind(record.id);
    if (place == places.constEnd()) {
        places.insert(record.id, list.size());
        list.push_back(record);
    } else {
        list[*place] = record;
    }
    m_content.revisions[static_cast<std::size_t>(kind)].insert(record.id, revision);
}

void SharedRecords::drop(RecordKind kind, const QString& id)
{
    auto& places = m_places[static_cast<std::size_t>(kind)];
    if (!places.contains(id))
        return;
    const std::size_t place = places.take(id);
    auto& list = m_content.records.of(kind);
    list.erase(list.begin() + static_cast<std::ptrdiff_t>(place));
    for (std::size_t i = place; i < list.size(); ++i) // rare: only a push deletes
        places[list[i].id] = i;
    m_content.revisions[static_cast<std::size_t>(kind)].remove(id);
}

} // namespace frontier
