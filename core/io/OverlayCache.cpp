#include "OverlayCache.h"

#include "CacheEntries.h"
#include "GdalIo.h"
#include "LayerSpec.h"
#include "LocalFile.h"
#include "RawBlocks.h"
#include "Sha256.h"

#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <map>
#include <mutex>

namespace frontier {
namespace {

// A feature as kept: fixed widths, no padding left undefined.
struct KeptFeature {
    qint64 fid;
    quint32 firstPart, partCount;
    qint32 firstDay, lastDay;
    quint8 type, precision, unused[6];
};
static_assert(sizeof(KeptFeature) == 32);

QByteArray serialise(const Overlay& o)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << o.layerName << o.name << o.assumedWgs84 << o.dateField << o.acled
        << qint64(o.longestSpan);
    std::vector<KeptFeature> features(o.features.size());
    for (std::size_t i = 0; i < features.size(); ++i) {
        const OverlayFeature& f = o.features[i];
        features[i] = {f.fid,     f.firstPart,    f.partCount,         f.firstDay,
                       f.lastDay, quint8(f.type), quint8(f.precision), {}};
    }
    RawBlocks::write(out, features);
    RawBlocks::write(out, o.partStarts);
    RawBlocks::write(out, o.vertices);
    RawBlocks::write(out, o.rowOffsets);
    out << quint64(o.columns.size());
    for (const Overlay::Column& c : o.columns) {
        out << c.name << c.values << c.kept;
        RawBlocks::write(out, c.index);
    }
    return bytes;
}

// The overlay, or nothing when the bytes do not make a sound one (nothing read from it may
// index out of range).
std::shared_ptr<Overlay> deserialise(const QByteArray& bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    auto o = std::make_shared<Overlay>();
    qint64 longestSpan = 0;
    in >> o->layerName >> o->name >> o->assumedWgs84 >> o->dateField >> o->acled >> longestSpan;
    o->longestSpan = longestSpan;
    std::vector<KeptFeature> features;
    if (!RawBlocks::read(in, features) || !RawBlocks::read(in, o->partStarts) ||
        !RawBlocks::read(in, o->vertices) || !RawBlocks::read(in, o->rowOffsets))
        return nullptr;
    if (!RawBlocks::areStarts(o->partStarts, o->vertices.size()))
        return nullptr;
    const std::size_t parts = o->partStarts.size() - 1;
    o->features.resize(features.size());
    for (std::size_t i = 0; i < features.size(); ++i) {
        const KeptFeature& k = features[i];
        if (k.type > quint8(GeometryType::Polygon) ||
            k.precision > quint8(OverlayDatePrecision::Year) || k.firstPart > parts ||
            k.partCount > parts - k.firstPart)
            return nullptr;
        o->features[i] = {k.fid,
                          k.firstPart,
                          k.partCount,
                          k.firstDay,
                          k.lastDay,
                          GeometryType(k.type),
                          OverlayDatePrecision(k.precision)};
    }
    quint64 columns = 0;
    in >> columns;
    if (columns > quint64(bytes.size()))
        return nullptr;
    o->columns.resize(columns);
    for (Overlay::Column& c : o->columns) {
        in >> c.name >> c.values >> c.kept;
        if (!RawBlocks::read(in, c.index) || c.index.size() > o->features.size() ||
            std::any_of(c.index.begin(), c.index.end(),
                        [&c](std::uint32_t v) { return v >= std::uint32_t(c.values.size()); }))
            return nullptr;
    }
    if (in.status() != QDataStream::Ok || !in.atEnd() ||
        (!o->rowOffsets.empty() && o->rowOffsets.size() != o->features.size()))
        return nullptr;
    return o;
}

// The file and the files beside it whose names start with its name up to its last suffix, in
// order; a GeoPackage's -shm (an index of its -wal, rewritten by every reader) is left out.
QFileInfoList filesOf(const QFileInfo& file)
{
    QFileInfoList files{file};
    const QString stem = file.completeBaseName() + u'.';
    for (const QFileInfo& beside : file.dir().entryInfoList(QDir::Files, QDir::Name))
        if (beside.fileName() != file.fileName() && beside.fileName().startsWith(stem) &&
            !beside.fileName().endsWith(QLatin1String("-shm")))
            files.push_back(beside);
    return files;
}

// The SHA-256 of a file, hashed once a process for its size and times: the four layers of one
// GeoPackage read side by side would otherwise each hash the whole file.
std::optional<QByteArray> digestOf(const QFileInfo& file)
{
    struct Known {
        qint64 size;
        QDateTime modified, changed;
        QByteArray digest;
    };
    static std::mutex mutex;
    static std::map<QString, Known> known;
    const Known now{file.size(), file.lastModified(), file.metadataChangeTime(), {}};
    const std::lock_guard lock(mutex);
    const auto it = known.find(file.absoluteFilePath());
    if (it != known.end() && it->second.size == now.size && it->second.modified == now.modified &&
        it->second.changed == now.changed)
        return it->second.digest;
    Sha256 hash;
    if (!hash.addFile(file.absoluteFilePath()))
        return std::nullopt;
    const QByteArray digest = hash.hexResult();
    // A file changed in the last seconds may change again within the file system's clock tick,
    // leaving its times as they were (as git's "racy" files): it is hashed again every time.
    constexpr qint64 kSettledMs = 2000;
    if (std::max(now.modified, now.changed).msecsTo(QDateTime::currentDateTime()) >= kSettledMs) {
        known[file.absoluteFilePath()] = now;
        known[file.absoluteFilePath()].digest = digest;
    }
    return digest;
}

// A raster by its suffix (those File → Add layer… lists as rasters): never kept, so hashing a
// large GeoTIFF on every open would be wasted.
bool isRasterFile(const QString& path)
{
    static const QStringList kRasters{QStringLiteral("tif"), QStringLiteral("tiff"),
                                      QStringLiteral("vrt"), QStringLiteral("asc"),
                                      QStringLiteral("img"), QStringLiteral("jp2")};
    return kRasters.contains(QFileInfo(path).suffix(), Qt::CaseInsensitive);
}

} // namespace

QByteArray OverlayCache::key(const QString& spec, const OverlayReader::Options& options)
{
    const LayerSpec given = LayerSpec::parse(spec);
    if (!LocalFile::localRefusal(given.path).isEmpty() || isRasterFile(given.path))
        return {};
    const QFileInfoList files = filesOf(QFileInfo(given.path));
    qint64 size = 0;
    for (const QFileInfo& f : files)
        size += f.size();
    if (size > kMaxFileBytes)
        return {};
    Sha256 hash;
    QByteArray what = QByteArray("overlay") + '\0' + QByteArray::number(OverlayCache::kFormat) +
                      '\0' + CacheEntries::readerIdentity() + '\0' +
                      files.front().absoluteFilePath().toUtf8() + '\0' + given.layerName.toUtf8() +
                      '\0' + options.dateField.toUtf8() + '\0';
    if (options.within)
        for (const double edge : *options.within)
            what += QByteArray::number(edge, 'g', 17) + ' ';
    hash.addData(what + '\0');
    for (const QFileInfo& f : files) {
        const auto digest = digestOf(f);
        if (!digest)
            return {};
        hash.addData(f.fileName().toUtf8() + '\0' + *digest + '\0');
    }
    return hash.hexResult();
}

std::shared_ptr<Overlay> OverlayCache::find(const QByteArray& key, const QString& path)
{
    const auto payload = CacheEntries::read(key, kFormat);
    if (!payload)
        return nullptr;
    auto overlay = deserialise(*payload);
    if (overlay)
        overlay->path = path;
    return overlay;
}

void OverlayCache::store(const QByteArray& key, const Overlay& overlay)
{
    CacheEntries::writeLater(key, kFormat, serialise(overlay));
}

std::shared_ptr<const Overlay> OverlayCache::read(const QString& spec, LoadProblems& problems,
                                                  const OverlayReader::Options& options,
                                                  QByteArray* keptAs)
{
    const QByteArray key = OverlayCache::key(spec, options);
    if (keptAs)
        *keptAs = key;
    if (auto kept = find(key, LayerSpec::parse(spec).path))
        return kept;
    const std::size_t before = problems.size();
    auto overlay = GdalIo::instance().readOverlay(spec, problems, options);
    // Kept only if the files did not change while GDAL read them.
    if (overlay && !overlay->raster && problems.size() == before && !key.isEmpty() &&
        OverlayCache::key(spec, options) == key)
        store(key, *overlay);
    return overlay;
}

} // namespace frontier
