#include "DatasetRecords.h"

#include "RecordFile.h"
#include "RecordJson.h"
#include "model/Dataset.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace frontier {
namespace {

const QString kActors = QStringLiteral("actors.json");
const QString kSources = QStringLiteral("sources.json");
const QString kAreas = QStringLiteral("areas.geojson");

QJsonObject feature(const Record& r)
{
    return {{QStringLiteral("type"), QStringLiteral("Feature")},
            {QStringLiteral("id"), r.id},
            {QStringLiteral("geometry"), r.geometry.isUndefined() ? QJsonValue() : r.geometry},
            {QStringLiteral("properties"), r.properties}};
}

// `head`, then each record on its own line, then `tail`.
QByteArray lines(const QByteArray& head, const std::vector<Record>& records, bool asFeatures,
                 const QByteArray& tail)
{
    QByteArray out = head;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const Record& r = records[i];
        out += RecordJson::line(asFeatures ? QJsonValue(feature(r)) : QJsonValue(r.properties));
        if (i + 1 < records.size() && !tail.isEmpty())
            out += ',';
        out += '\n';
    }
    return out + tail;
}

QByteArray collection(const QString& name, const std::vector<Record>& records)
{
    return lines(QByteArrayLiteral("{\"type\": \"FeatureCollection\", \"name\": \"") +
                     name.toUtf8() + QByteArrayLiteral("\", \"features\": [\n"),
                 records, true, QByteArrayLiteral("]}\n"));
}

QByteArray catalog(const QString& key, const std::vector<Record>& records)
{
    return lines("{\"" + key.toUtf8() + "\": [\n", records, false, QByteArrayLiteral("]}\n"));
}

} // namespace

DatasetRecords DatasetRecords::read(const QString& folder, LoadProblems& problems)
{
    const QDir dir(folder);
    DatasetRecords records;
    records.eventsFile = eventsFileIn(dir);
    records.hasAreasFile = QFileInfo::exists(dir.filePath(kAreas));
    const auto take = [](std::optional<std::vector<Record>> read, std::vector<Record>& into) {
        if (read)
            into = std::move(*read);
    };
    take(RecordFile::catalog(dir.filePath(kActors), QStringLiteral("actors"), problems),
         records.actors);
    take(RecordFile::catalog(dir.filePath(kSources), QStringLiteral("sources"), problems),
         records.sources);
    take(RecordFile::events(dir.filePath(records.eventsFile), problems), records.events);
    if (records.hasAreasFile)
        take(RecordFile::areas(dir.filePath(kAreas), problems), records.areas);
    return records;
}

QString DatasetRecords::eventsFileIn(const QDir& dir)
{
    const QString sequence = QStringLiteral("events.geojsonl");
    const QString collection = QStringLiteral("events.geojson");
    return !QFileInfo::exists(dir.filePath(collection)) && QFileInfo::exists(dir.filePath(sequence))
               ? sequence
               : collection;
}

std::vector<AtomicFiles::File> DatasetRecords::files(const QString& folder) const
{
    const QDir dir(folder);
    const bool sequence = !eventsFile.endsWith(QLatin1String(".geojson"));
    std::vector<AtomicFiles::File> out{
        {dir.filePath(eventsFile),
         sequence ? lines({}, events, true, {}) : collection(QStringLiteral("events"), events)},
        {dir.filePath(kActors), catalog(QStringLiteral("actors"), actors)},
        {dir.filePath(kSources), catalog(QStringLiteral("sources"), sources)}};
    if (hasAreasFile || !areas.empty())
        out.push_back({dir.filePath(kAreas), collection(QStringLiteral("areas"), areas)});
    return out;
}

const std::vector<Record>& DatasetRecords::of(RecordKind kind) const
{
    switch (kind) {
    case RecordKind::Event:
        return events;
    case RecordKind::Actor:
        return actors;
    case RecordKind::Source:
        return sources;
    case RecordKind::Area:
        break;
    }
    return areas;
}

std::vector<Record>& DatasetRecords::of(RecordKind kind)
{
    return const_cast<std::vector<Record>&>(std::as_const(*this).of(kind));
}

QString DatasetRecords::fileName(RecordKind kind) const
{
    switch (kind) {
    case RecordKind::Event:
        return eventsFile;
    case RecordKind::Actor:
        return kActors;
    case RecordKind::Source:
        return kSources;
    case RecordKind::Area:
        break;
    }
    return kAreas;
}

FeatureIds FeatureIds::of(const Dataset& dataset)
{
    FeatureIds ids;
    for (std::size_t i = 0; i < dataset.features().size(); ++i)
        (static_cast<int>(i) < dataset.firstSector() ? ids.crossings : ids.sectors)
            .insert(dataset.features()[i].id, static_cast<int>(i));
    return ids;
}

} // namespace frontier
