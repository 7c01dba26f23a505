#include "CacheEntries.h"

#include "InstallLayout.h"
#include "Sha256.h"

#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <chrono>
#include <cstdio>
#include <future>
#include <mutex>
#include <utility>
#include <vector>

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

// Written to a temporary file beside it, then renamed over it (which QFile::rename does not do).
bool save(const QString& path, const QByteArray& bytes)
{
    QTemporaryFile file(path + QStringLiteral(".XXXXXX.part"));
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush() ||
        std::rename(QFile::encodeName(file.fileName()).constData(),
                    QFile::encodeName(path).constData()) != 0)
        return false;
    file.setAutoRemove(false); // it is the entry now
    return true;
}

struct Pending {
    std::mutex mutex;
    std::vector<std::future<void>> writes;
};

Pending& pending()
{
    static Pending p;
    return p;
}

// Keeps the newest entries within both bounds; "*.layer" are an earlier version's entries, and
// "*.part" an hour old were left by a program that ended while writing.
void prune()
{
    const QDateTime anHourAgo = QDateTime::currentDateTime().addSecs(-3600);
    for (const QFileInfo& part :
         QDir(folder()).entryInfoList({QStringLiteral("*.part")}, QDir::Files))
        if (part.lastModified() < anHourAgo)
            QFile::remove(part.absoluteFilePath());

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
    if (save(entryPath(key), entry))
        prune();
}

void CacheEntries::writeLater(const QByteArray& key, quint32 format, QByteArray payload)
{
    if (folder().isEmpty() || key.isEmpty())
        return;
    Pending& p = pending();
    const std::lock_guard lock(p.mutex);
    std::erase_if(p.writes, [](const std::future<void>& w) {
        return w.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    });
    // The payload is let go once written: the future keeps its function until it is waited for.
    p.writes.push_back(
        std::async(std::launch::async, [key, format, payload = std::move(payload)]() mutable {
            write(key, format, std::exchange(payload, {}));
        }));
}

void CacheEntries::finishWrites()
{
    Pending& p = pending();
    std::vector<std::future<void>> writes;
    {
        const std::lock_guard lock(p.mutex);
        writes.swap(p.writes);
    }
    for (auto& w : writes)
        w.wait();
}

} // namespace frontier
