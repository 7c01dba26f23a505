#include "RecordFile.h"

#include "FieldReader.h"
#include "JsonFile.h"
#include "LocalFile.h"

#include <QFileInfo>

#include <thread>

namespace frontier {
namespace {

Record recordOf(const QJsonObject& properties, QJsonValue geometry, QString position)
{
    return {properties.value(QStringLiteral("id")).toString(), properties, std::move(geometry),
            std::move(position)};
}

// A Feature's record; the problems of a Feature that is not one in `problems`.
std::optional<Record> eventRecord(const QJsonObject& feature, const QString& position,
                                  const QString& file, LoadProblems& problems)
{
    const QJsonObject props = feature.value(QStringLiteral("properties")).toObject();
    const std::size_t before = problems.size();
    FieldReader r(props, file, JsonFile::featureName(props, position), problems);
    if (feature.value(QStringLiteral("type")).toString() != QLatin1String("Feature"))
        r.problem(QStringLiteral("type"), QStringLiteral("expected a GeoJSON Feature"));
    if (!feature.value(QStringLiteral("properties")).isObject())
        r.problem(QStringLiteral("properties"), QStringLiteral("expected an object"));
    if (problems.size() != before)
        return std::nullopt;
    return recordOf(props, feature.value(QStringLiteral("geometry")), position);
}

// Parses a slice of GeoJSONSeq lines; lines are independent, so slices run in parallel.
void readSeqSlice(const QByteArray& bytes,
                  const std::vector<std::pair<qsizetype, qsizetype>>& lines, std::size_t from,
                  std::size_t to, const QString& file, std::vector<std::optional<Record>>& out,
                  LoadProblems& problems)
{
    for (std::size_t i = from; i < to; ++i) {
        const auto [start, length] = lines[i];
        QByteArray line = QByteArray::fromRawData(bytes.constData() + start, length);
        if (line.startsWith('\x1e'))
            line = line.mid(1); // RFC 8142 record separator
        const QString position = QStringLiteral("line %1").arg(i + 1);
        const auto doc = JsonFile::parse(line, file, problems, position);
        if (!doc)
            continue;
        if (!doc->isObject()) {
            problems.push_back(
                {file, position, {}, QStringLiteral("expected a GeoJSON Feature object")});
            continue;
        }
        out[i] = eventRecord(doc->object(), position, file, problems);
    }
}

std::vector<Record> sequence(const QByteArray& bytes, const QString& file, LoadProblems& problems)
{
    std::vector<std::pair<qsizetype, qsizetype>> lines;
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        if (end > start &&
            !QByteArrayView(bytes.constData() + start, end - start).trimmed().isEmpty())
            lines.emplace_back(start, end - start);
        start = end + 1;
    }
    std::vector<std::optional<Record>> parsed(lines.size());
    const std::size_t half = lines.size() / 2;
    LoadProblems second;
    std::thread worker(
        [&] { readSeqSlice(bytes, lines, half, lines.size(), file, parsed, second); });
    readSeqSlice(bytes, lines, 0, half, file, parsed, problems);
    worker.join();
    problems.insert(problems.end(), second.begin(), second.end());
    std::vector<Record> records;
    records.reserve(parsed.size());
    for (auto& r : parsed)
        if (r)
            records.push_back(std::move(*r));
    return records;
}

std::optional<std::vector<Record>> collection(const QByteArray& bytes, const QString& file,
                                              LoadProblems& problems)
{
    const auto doc = JsonFile::parse(bytes, file, problems);
    if (!doc)
        return std::nullopt;
    const QJsonObject root = doc->object();
    if (!doc->isObject() ||
        root.value(QStringLiteral("type")).toString() != QLatin1String("FeatureCollection") ||
        !root.value(QStringLiteral("features")).isArray()) {
        problems.push_back(
            {file,
             {},
             QStringLiteral("type"),
             QStringLiteral("expected a GeoJSON FeatureCollection with a \"features\" array")});
        return std::nullopt;
    }
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    std::vector<Record> records;
    records.reserve(static_cast<std::size_t>(features.size()));
    for (qsizetype i = 0; i < features.size(); ++i) {
        if (!features[i].isObject()) {
            problems.push_back({file,
                                JsonFile::arrayPosition(i),
                                {},
                                QStringLiteral("expected a GeoJSON Feature object")});
            continue;
        }
        if (auto r =
                eventRecord(features[i].toObject(), JsonFile::arrayPosition(i), file, problems))
            records.push_back(std::move(*r));
    }
    return records;
}

} // namespace

std::optional<std::vector<Record>> RecordFile::catalog(const QString& path, const QString& key,
                                                       LoadProblems& problems)
{
    const auto array = JsonFile::readArray(path, key, problems);
    if (!array)
        return std::nullopt;
    std::vector<Record> records;
    records.reserve(static_cast<std::size_t>(array->size()));
    for (qsizetype i = 0; i < array->size(); ++i)
        records.push_back(
            recordOf(array->at(i).toObject(), QJsonValue::Null, JsonFile::arrayPosition(i)));
    return records;
}

std::optional<std::vector<Record>> RecordFile::areas(const QString& path, LoadProblems& problems)
{
    const auto features = JsonFile::readArray(path, QStringLiteral("features"), problems);
    if (!features)
        return std::nullopt;
    std::vector<Record> records;
    records.reserve(static_cast<std::size_t>(features->size()));
    for (qsizetype i = 0; i < features->size(); ++i) {
        const QJsonObject feature = features->at(i).toObject();
        records.push_back(recordOf(feature.value(QStringLiteral("properties")).toObject(),
                                   feature.value(QStringLiteral("geometry")),
                                   JsonFile::arrayPosition(i)));
    }
    return records;
}

std::optional<std::vector<Record>> RecordFile::events(const QString& path, LoadProblems& problems)
{
    const QString file = QFileInfo(path).fileName();
    const auto bytes = LocalFile::read(path, problems);
    if (!bytes)
        return std::nullopt;
    if (file.endsWith(QLatin1String(".geojsonl")) || file.endsWith(QLatin1String(".geojsons")))
        return sequence(*bytes, file, problems);
    return collection(*bytes, file, problems);
}

} // namespace frontier
