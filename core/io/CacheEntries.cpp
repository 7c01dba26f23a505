#include "CacheEntries.h"

#include "AtomicFiles.h"
#include "InstallLayout.h"
#include "Sha256.h"

#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace frontier {
namespace {

constexpr quint32 kMagic = 0x46414c43; // "FALC"
constexpr qsizetype kHeader = 8;       // magic, format
constexpr qsizetype kDigest = 64;      // SHA-256, hex

QString& folder()
{
    static QString directory;
    return directory;
}

QString entryPath(const QByteArray& key)
{
    return QDir(folder()).filePath(QString::fromLatin1(key) + QStringLiteral(".entry"));
}

QByteArray digest(QByteArrayView bytes)
{
    Sha256 hash;
    hash.addData(bytes);
    return hash.hexResult();
}

// Keeps the newest entries within both bounds; "*.layer" are an earlier version's entries.
void prune()
{
    const QFileInfoList entries =
        QDir(folder()).entryInfoList({QStringLiteral("*.entry"), QStringLiteral("*.layer")},
                                     QDir::Files, QDir::Time); // newest first
    qint64 bytes = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        bytes += entries[i].size();
        if (i >= CacheEntries::kMaxEntries || bytes > CacheEntries::kMaxBytes ||
            entries[i].suffix() == QLatin1String("layer"))
            QFile::remove(entries[i].absoluteFilePath());
    }
}

} // namespace

void CacheEntries::setDirectory(const QString& directory)
{
    folder() = directory;
}

QString CacheEntries::directory()
{
    return folder();
}

const QByteArray& CacheEntries::readerIdentity()
{
    static const QByteArray identity = [] {
        const QFileInfo module(InstallLayout::moduleDir() + QStringLiteral("/libfrontier-gdal.so"));
        return QByteArray::number(module.size()) + ' ' +
               QByteArray::number(module.lastModified().toMSecsSinceEpoch());
    }();
    return identity;
}

std::optional<QByteArray> CacheEntries::read(const QByteArray& key, quint32 format)
{
    if (folder().isEmpty() || key.isEmpty())
        return std::nullopt;
    QFile file(entryPath(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray entry = file.readAll();
    if (entry.size() < kHeader + kDigest)
        return std::nullopt;
    QDataStream header(entry.first(kHeader));
    quint32 magic = 0, kept = 0;
    header >> magic >> kept;
    QByteArray payload = entry.sliced(kHeader, entry.size() - kHeader - kDigest);
    if (magic != kMagic || kept != format || digest(payload) != entry.last(kDigest))
        return std::nullopt;
    return payload;
}

void CacheEntries::write(const QByteArray& key, quint32 format, const QByteArray& payload)
{
    if (folder().isEmpty() || key.isEmpty() || payload.size() > kMaxBytes ||
        !QDir().mkpath(folder()))
        return;
    QByteArray entry;
    QDataStream header(&entry, QIODevice::WriteOnly);
    header << kMagic << format;
    entry += payload;
    entry += digest(payload);
    if (AtomicFiles::save({{entryPath(key), entry}}).isEmpty())
        prune();
}

} // namespace frontier
