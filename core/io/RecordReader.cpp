#include "RecordReader.h"

#include "AreaReader.h"
#include "CatalogReader.h"
#include "EventReader.h"
#include "model/IdIndex.h"

namespace frontier {

void RecordReader::read(const DatasetRecords& records, const FeatureIds& features,
                        DatasetContent& content, LoadProblems& problems, EventMemo* memo)
{
    content.actors =
        CatalogReader::readActors(records.actors, records.fileName(RecordKind::Actor), problems);
    content.sources =
        CatalogReader::readSources(records.sources, records.fileName(RecordKind::Source), problems);
    const auto actorIds = idIndex(content.actors);
    const auto sourceIds = idIndex(content.sources);
    content.events = EventReader::read(records.events, records.fileName(RecordKind::Event),
                                       {actorIds, sourceIds, features.crossings, features.sectors},
                                       problems, memo);
    content.areas =
        AreaReader::read(records.areas, records.fileName(RecordKind::Area), sourceIds, problems);
}

} // namespace frontier
