#include "LayerCache.h"

#include "CacheEntries.h"
#include "Sha256.h"

#include <QDataStream>

namespace frontier {
namespace {

// Raised whenever the entry's layout changes.
constexpr quint32 kFormat = 1;

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

} // namespace

QByteArray LayerCache::key(const QString& path, const QString& layerName, GeometryType expected)
{
    Sha256 hash;
    hash.addData(QByteArray::number(kFormat) + '\0' + CacheEntries::readerIdentity() + '\0' +
                 layerName.toUtf8() + '\0' + QByteArray::number(int(expected)) + '\0');
    if (!hash.addFile(path))
        return {};
    return hash.hexResult();
}

std::optional<VectorLayer> LayerCache::find(const QByteArray& key)
{
    const auto payload = CacheEntries::read(key, kFormat);
    if (!payload)
        return std::nullopt;
    auto features = deserialise(*payload);
    if (!features)
        return std::nullopt;
    VectorLayer layer;
    layer.features = std::move(*features);
    return layer;
}

void LayerCache::store(const QByteArray& key, const VectorLayer& layer)
{
    CacheEntries::write(key, kFormat, serialise(layer));
}

} // namespace frontier
