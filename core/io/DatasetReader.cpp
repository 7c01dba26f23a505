#include "DatasetReader.h"

#include "AliasField.h"
#include "CatalogReader.h"
#include "DatasetRecords.h"
#include "FeaturePlacement.h"
#include "GdalIo.h"
#include "LayerCache.h"
#include "LocalFile.h"
#include "RecordReader.h"
#include "Sha256.h"
#include "model/IdIndex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <future>

namespace frontier {
namespace {

const QStringList kLayerExtensions{QStringLiteral("geojson"), QStringLiteral("gpkg"),
                                   QStringLiteral("shp")};

GeometryType expectedType(BaseLayer layer)
{
    switch (layer) {
    case BaseLayer::Countries:
    case BaseLayer::Governorates:
        return GeometryType::Polygon;
    case BaseLayer::Rivers:
    case BaseLayer::Frontier:
        return GeometryType::Line;
    case BaseLayer::Places:
        return GeometryType::Point;
    }
    return GeometryType::Point;
}

// The file for `base` in `dir` with the first extension that exists; the first extension if none.
QString findFile(const QDir& dir, const QString& base, const QStringList& extensions)
{
    for (const QString& ext : extensions) {
        const QString p = dir.filePath(base + QLatin1Char('.') + ext);
        if (QFileInfo::exists(p))
            return p;
    }
    return dir.filePath(base + QLatin1Char('.') + extensions.front());
}

// Reads a layer file after the local-file check (GDAL must never see a refused path), from the
// LayerCache when GDAL has read the same bytes before.
std::optional<VectorLayer> readLayer(const QString& path, const QString& name, GeometryType type,
                                     LoadProblems& problems)
{
    if (const QString why = LocalFile::refusal(path); !why.isEmpty()) {
        problems.push_back({QFileInfo(path).fileName(), {}, {}, why});
        return std::nullopt;
    }
    const QByteArray key = LayerCache::key(path, name, type);
    if (auto kept = LayerCache::find(key)) {
        kept->name = name;
        kept->file = QFileInfo(path).fileName();
        return kept;
    }
    const std::size_t before = problems.size();
    auto layer = GdalIo::instance().readLayer(path, name, type, problems);
    // Kept only if the file did not change while GDAL read it.
    if (layer && problems.size() == before && LayerCache::key(path, name, type) == key)
        LayerCache::store(key, *layer);
    return layer;
}

// SHA-256 of the files in order, then of `more`. A file the loader refuses (a FIFO could block
// forever) is left out: its problem discards the dataset, hash and all.
QByteArray hashFiles(const QStringList& paths, const QByteArray& more)
{
    Sha256 hash;
    for (const QString& p : paths)
        if (LocalFile::refusal(p).isEmpty())
            hash.addFile(p);
    hash.addData(more);
    return hash.hexResult();
}

} // namespace

QStringList DatasetReader::fileNames()
{
    QStringList names;
    for (int i = 0; i < kBaseLayerCount; ++i)
        names << baseLayerName(static_cast<BaseLayer>(i)) + QStringLiteral(".geojson");
    names << QStringLiteral("dataset.json") << QStringLiteral("crossings.geojson")
          << QStringLiteral("actors.json") << QStringLiteral("sources.json")
          << QStringLiteral("events.geojson");
    return names;
}

QStringList DatasetReader::optionalFileNames()
{
    return {QStringLiteral("sectors.json"), QStringLiteral("areas.geojson")};
}

DatasetReader::Result DatasetReader::read(const QString& path)
{
    return read(path, {}, nullptr, {}, nullptr);
}

DatasetReader::Result DatasetReader::read(const QString& path, const QString& origin,
                                          const DatasetRecords& records,
                                          const QByteArray& recordsDigest, EventMemo* memo)
{
    return read(path, origin, &records, recordsDigest, memo);
}

DatasetReader::Result DatasetReader::read(const QString& path, const QString& origin,
                                          const DatasetRecords* records,
                                          const QByteArray& recordsDigest, EventMemo* memo)
{
    Result result;
    LoadProblems& problems = result.problems;
    const QFileInfo info(path);
    if (LocalFile::isVirtual(path)) {
        problems.push_back(
            {path,
             {},
             {},
             QStringLiteral("only local folders are read (no GDAL virtual file systems or URLs)")});
        return result;
    }
    if (!info.isDir()) {
        problems.push_back({path,
                            {},
                            {},
                            info.exists() ? QStringLiteral("not a dataset folder")
                                          : QStringLiteral("no such folder")});
        return result;
    }
    const QDir dir(path);
    DatasetContent content;
    content.origin = origin.isEmpty() ? info.absoluteFilePath() : origin;
    std::array<QString, kBaseLayerCount> layerFiles;
    for (int i = 0; i < kBaseLayerCount; ++i)
        layerFiles[static_cast<std::size_t>(i)] =
            findFile(dir, baseLayerName(static_cast<BaseLayer>(i)), kLayerExtensions);
    const QString descriptionFile = dir.filePath(QStringLiteral("dataset.json"));
    const QString crossingsFile = findFile(dir, QStringLiteral("crossings"), kLayerExtensions);
    const QString sectorsFile = dir.filePath(QStringLiteral("sectors.json"));
    const QString areasFile = dir.filePath(QStringLiteral("areas.geojson"));
    const QString actorsFile = dir.filePath(QStringLiteral("actors.json"));
    const QString sourcesFile = dir.filePath(QStringLiteral("sources.json"));
    const QString eventsFile = dir.filePath(DatasetRecords::eventsFileIn(dir));
    QStringList files(layerFiles.begin(), layerFiles.end());
    files << descriptionFile << crossingsFile;
    if (!records)
        files << actorsFile << sourcesFile << eventsFile;
    // Sectors and areas are optional: a dataset of crossings alone has none.
    const bool hasSectors = QFileInfo::exists(sectorsFile);
    const bool hasAreas = QFileInfo::exists(areasFile);
    if (hasSectors)
        files << sectorsFile;
    if (hasAreas && !records)
        files << areasFile;

    // The basemap layers are read, and the files hashed, on a second thread while this one
    // reads the crossings, catalogs and events: about half the load time for the bundled data.
    struct Basemap {
        std::array<std::optional<VectorLayer>, kBaseLayerCount> layers;
        LoadProblems problems;
        QByteArray hash;
    };
    auto basemap = std::async(std::launch::async, [&layerFiles, &files, &recordsDigest] {
        Basemap b;
        for (int i = 0; i < kBaseLayerCount; ++i) {
            const auto layer = static_cast<BaseLayer>(i);
            b.layers[static_cast<std::size_t>(i)] =
                readLayer(layerFiles[static_cast<std::size_t>(i)], baseLayerName(layer),
                          expectedType(layer), b.problems);
        }
        if (const auto& places = b.layers[static_cast<std::size_t>(BaseLayer::Places)])
            for (const Feature& f : places->features)
                AliasField::read(f, places->file, b.problems); // read again by search
        b.hash = hashFiles(files, recordsDigest);
        return b;
    });
    LoadProblems rest;
    CatalogReader::Description description = CatalogReader::readDescription(descriptionFile, rest);
    content.name = std::move(description.name);
    content.coverage = description.coverage;
    if (auto l = readLayer(crossingsFile, QStringLiteral("crossings"), GeometryType::Point, rest))
        content.features = CatalogReader::readCrossings(*l, rest);
    const auto crossingIds = idIndex(content.features);
    if (hasSectors) {
        std::vector<FrontierFeature> sectors = CatalogReader::readSectors(sectorsFile, rest);
        content.features.insert(content.features.end(), std::make_move_iterator(sectors.begin()),
                                std::make_move_iterator(sectors.end()));
    }
    FeatureIds featureIds{crossingIds, {}};
    for (std::size_t i = crossingIds.size(); i < content.features.size(); ++i) {
        const QString& id = content.features[i].id;
        if (crossingIds.contains(id))
            rest.push_back({QFileInfo(sectorsFile).fileName(), id, QStringLiteral("id"),
                            QStringLiteral("\"%1\" is already a crossing's id").arg(id)});
        featureIds.sectors.insert(id, static_cast<int>(i));
    }
    DatasetRecords fromFiles;
    if (!records)
        fromFiles = DatasetRecords::read(path, rest);
    RecordReader::read(records ? *records : fromFiles, featureIds, content, rest, memo);

    Basemap b = basemap.get();
    for (std::size_t i = 0; i < b.layers.size(); ++i)
        if (b.layers[i])
            content.layers[i] = std::move(*b.layers[i]);
    problems = std::move(b.problems); // the basemap's problems first, as the files are listed
    problems.insert(problems.end(), std::make_move_iterator(rest.begin()),
                    std::make_move_iterator(rest.end()));
    content.contentHash = b.hash;
    content.frontierLine =
        FeaturePlacement::lineOf(content.layers[static_cast<std::size_t>(BaseLayer::Frontier)]);
    // Without the frontier layer (already a problem) there is nothing to place the sectors on.
    if (b.layers[static_cast<std::size_t>(BaseLayer::Frontier)])
        FeaturePlacement::place(content.features, content.frontierLine,
                                QFileInfo(sectorsFile).fileName(), problems);
    if (!problems.empty())
        return result;
    result.dataset = std::make_shared<const Dataset>(std::move(content));
    return result;
}

} // namespace frontier
