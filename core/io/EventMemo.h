#pragma once

#include "DatasetRecords.h"
#include "EventReader.h"
#include "model/Event.h"

#include <QHash>
#include <QString>

namespace frontier {

/// \brief The events read last, each with the record it was read from, so that reading the
/// records again checks only the records that changed: 100,000 events are taken back in about
/// half the time of checking them. An event stands only for the ids it was resolved against
/// (actors, sources, features by index): other ids forget every event.
class EventMemo {
public:
    /// Starts a read against `ids`.
    void begin(const EventReader::Ids& ids);
    /// The event read from a record equal to `record`, or null. Qt compares the JSON in full
    /// even when it is shared (about 0.65 µs an event record).
    const Event* find(const Record& record) const;
    /// Keeps `event`, read without a problem from `record`.
    void keep(const Record& record, const Event& event);
    /// Called after a read of `records`: once the memo holds more events than they are, it
    /// forgets those whose ids are not among them (deleted records), so it never grows far
    /// beyond one read.
    void trim(const std::vector<Record>& records);

    std::size_t size() const { return static_cast<std::size_t>(m_events.size()); }

private:
    struct Entry {
        Record record;
        Event event;
    };
    QHash<QString, Entry> m_events; ///< by record id
    QHash<QString, int> m_actors, m_sources, m_crossings, m_sectors;
};

} // namespace frontier
