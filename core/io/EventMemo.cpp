#include "EventMemo.h"

namespace frontier {

void EventMemo::begin(const EventReader::Ids& ids)
{
    if (ids.actors == m_actors && ids.sources == m_sources && ids.crossings == m_crossings &&
        ids.sectors == m_sectors)
        return;
    m_events.clear();
    m_actors = ids.actors;
    m_sources = ids.sources;
    m_crossings = ids.crossings;
    m_sectors = ids.sectors;
}

const Event* EventMemo::find(const Record& record) const
{
    const auto it = m_events.constFind(record.id);
    if (it == m_events.cend())
        return nullptr;
    const Record& kept = it->record;
    // The position only names a record in problems, and a kept event had none.
    return kept.properties == record.properties && kept.geometry == record.geometry ? &it->event
                                                                                    : nullptr;
}

void EventMemo::keep(const Record& record, const Event& event)
{
    m_events.insert(record.id, {record, event});
}

void EventMemo::trim(const std::vector<Record>& records)
{
    if (m_events.size() <= static_cast<qsizetype>(records.size()))
        return;
    QHash<QString, Entry> current;
    current.reserve(static_cast<qsizetype>(records.size()));
    for (const Record& r : records)
        if (const auto it = m_events.constFind(r.id); it != m_events.cend())
            current.insert(r.id, *it);
    m_events = std::move(current);
}

} // namespace frontier
