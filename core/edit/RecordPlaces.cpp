#include "RecordPlaces.h"

namespace frontier {

int RecordPlaces::indexOf(const DatasetRecords& records, RecordKind kind, const QString& id) const
{
    auto& places = m_places[static_cast<std::size_t>(kind)];
    if (!places) {
        const auto& list = records.of(kind);
        places.emplace();
        places->reserve(static_cast<qsizetype>(list.size()));
        for (int i = static_cast<int>(list.size()) - 1; i >= 0; --i) // the first one stays
            places->insert(list[static_cast<std::size_t>(i)].id, i);
    }
    return places->value(id, -1);
}

void RecordPlaces::put(const DatasetRecords& records, RecordKind kind, int index,
                       const std::optional<Record>& record)
{
    auto& places = m_places[static_cast<std::size_t>(kind)];
    if (!places)
        return;
    const auto& list = records.of(kind);
    const auto at = static_cast<std::size_t>(index);
    if (record && at == list.size()) {
        if (!places->contains(record->id))
            places->insert(record->id, index);
    } else if (record) {
        if (list[at].id != record->id) // another id here, and maybe the old one further on
            places.reset();
    } else if (at + 1 == list.size()) {
        if (places->value(list[at].id, -1) == index)
            places->remove(list[at].id);
    } else {
        places.reset(); // the records after it move up
    }
}

} // namespace frontier
