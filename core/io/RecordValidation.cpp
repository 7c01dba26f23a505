// validateRecord (DatasetRecords.h): one record through the readers' own checks.
#include "DatasetRecords.h"

#include "AreaReader.h"
#include "CatalogReader.h"
#include "EventReader.h"
#include "FieldReader.h"
#include "JsonFile.h"
#include "model/IdIndex.h"

#include <QSet>

#include <algorithm>

namespace frontier {
LoadProblems validateRecord(RecordKind kind, const Record& record, const DatasetRecords& all,
                            const FeatureIds& features)
{
    LoadProblems problems;
    const QString file = all.fileName(kind);
    switch (kind) {
    case RecordKind::Event: {
        const auto actors = idIndex(all.actors);
        const auto sources = idIndex(all.sources);
        EventReader::read(record, file, {actors, sources, features.crossings, features.sectors},
                          problems);
        break;
    }
    case RecordKind::Actor: {
        const Actor actor = CatalogReader::readActor(record, file, problems);
        const auto ids = idIndex(all.actors);
        CatalogReader::checkParent(actor, QSet<QString>(ids.keyBegin(), ids.keyEnd()), file,
                                   problems);
        break;
    }
    case RecordKind::Source:
        CatalogReader::readSource(record, file, problems);
        break;
    case RecordKind::Area:
        AreaReader::read(record, file, idIndex(all.sources), problems);
        break;
    }
    const auto& same = all.of(kind);
    if (!record.id.isEmpty() && std::count_if(same.begin(), same.end(), [&](const Record& r) {
                                    return r.id == record.id;
                                }) > 1)
        problems.push_back({file, JsonFile::featureName(record.properties, record.position),
                            QStringLiteral("id"), FieldReader::duplicateIdReason(record.id)});
    return problems;
}

} // namespace frontier
