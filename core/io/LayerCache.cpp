#include "LayerCache.h"

#include "AtomicFiles.h"
#include "InstallLayout.h"
#include "Sha256.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace frontier {
namespace {

// Raised whenever the entry's layout changes.
constexpr quint32 kFormat = 1;
constexpr quint32 kMagic = 0x46414c43; // "FALC"
constexpr auto kHash = QCryptographicHash::Sha256;

QString& folder()
{
    static QString directory;
    return directory;
}

// The reader's identity: a rebuilt or upgraded GDAL module reads every file anew.
const QByteArray& readerIdentity()
{
    static const QByteArray identity = [] {
        const QFileInfo module(InstallLayout::moduleDir() + QStringLiteral("/libfrontier-gdal.so"));
        return QByteArray::number(module.size()) + ' ' +
               QByteArray::number(module.lastModified().toMSecsSinceEpoch());
    }();
    return identity;
}

QString entryPath(const QByteArray& key)
{
    return QDir(folder()).filePath(QString::fromLatin1(key) + QStringLiteral(".layer"));
}

QByteArray serialise(const VectorLayer& layer)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint64(layer.features.size());
    for (const Feature& f : layer.features) {
        out << f.id << qint32(f.type) << f.attributes << quint64(f.parts.size());
        for (const auto& part : f.parts) {
            out << quint64(part.size());
            for (const GeoPoint& p : part)
                out << p.lon << p.lat;
        }
    }
    return bytes;
}

std::optional<std::vector<Feature>> deserialise(const QByteArray& bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint64 count = 0;
    in >> count;
    // Every feature takes more than a byte: a count beyond that is a damaged entry.
    if (count > quint64(bytes.size()))
        return std::nullopt;
    std::vector<Feature> features(count);
    for (Feature& f : features) {
        qint32 type = 0;
        quint64 parts = 0;
        in >> f.id >> type >> f.attributes >> parts;
        if (type < qint32(GeometryType::Point) || type > qint32(GeometryType::Polygon) ||
            parts > quint64(bytes.size()) || in.status() != QDataStream::Ok)
            return std::nullopt;
        f.type = GeometryType(type);
        f.parts.resize(parts);
        for (auto& part : f.parts) {
            quint64 n = 0;
            in >> n;
            if (n > quint64(bytes.size()) / 16)
                return std::nullopt;
            part.resize(n);
            for (GeoPoint& p : part)
                in >> p.lon >> p.lat;
        }
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return features;
}

// Keeps the newest kMaxEntries entries.
void prune()
{
    const QFileInfoList entries = QDir(folder()).entryInfoList(
        {QStringLiteral("*.layer")}, QDir::Files, QDir::Time); // newest first
    for (qsizetype i = LayerCache::kMaxEntries; i < entries.size(); ++i)
        QFile::remove(entries[i].absoluteFilePath());
}

} // namespace

void LayerCache::setDirectory(const QString& directory)
{
    folder() = directory;
}

QString LayerCache::directory()
{
    return folder();
}

QByteArray LayerCache::key(const QString& path, const QString& layerName, GeometryType expected)
{
    Sha256 hash;
    hash.addData(QByteArray::number(kFormat) + '\0' + readerIdentity() + '\0' + layerName.toUtf8() +
                 '\0' + QByteArray::number(int(expected)) + '\0');
    if (!hash.addFile(path))
        return {};
    return hash.hexResult();
}

std::optional<VectorLayer> LayerCache::find(const QByteArray& key)
{
    if (folder().isEmpty() || key.isEmpty())
        return std::nullopt;
    QFile file(entryPath(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray entry = file.readAll();
    // magic, format, payload, the payload's hash: a damaged or foreign entry is never used.
    constexpr qsizetype kHeader = 8;
    const qsizetype hashSize = QCryptographicHash::hashLength(kHash);
    if (entry.size() < kHeader + hashSize)
        return std::nullopt;
    QDataStream header(entry.first(kHeader));
    quint32 magic = 0, format = 0;
    header >> magic >> format;
    const QByteArray payload = entry.sliced(kHeader, entry.size() - kHeader - hashSize);
    if (magic != kMagic || format != kFormat ||
        QCryptographicHash::hash(payload, kHash) != entry.last(hashSize))
        return std::nullopt;
    auto features = deserialise(payload);
    if (!features)
        return std::nullopt;
    VectorLayer layer;
    layer.features = std::move(*features);
    return layer;
}

void LayerCache::store(const QByteArray& key, const VectorLayer& layer)
{
    if (folder().isEmpty() || key.isEmpty() || !QDir().mkpath(folder()))
        return;
    QByteArray entry;
    QDataStream header(&entry, QIODevice::WriteOnly);
    header << kMagic << kFormat;
    const QByteArray payload = serialise(layer);
    entry += payload + QCryptographicHash::hash(payload, kHash);
    if (AtomicFiles::save({{entryPath(key), entry}}).isEmpty())
        prune();
}

} // namespace frontier
