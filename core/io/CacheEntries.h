#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace frontier {

/// \brief The program's cache folder: what GDAL has read, kept as entries by key so that a later
/// start reads it back without loading GDAL (LayerCache, OverlayCache).
///
/// Each entry carries its kind's format and the SHA-256 of its bytes, checked when it is read:
/// a damaged, cut or foreign entry is never used. An entry is written beside its place and
/// renamed into it, so a reader never sees half of one; it is not synced to the disk, as after a
/// crash its digest refuses what the disk kept of it. Beyond kMaxEntries or kMaxBytes the least
/// recently written are removed.
class CacheEntries {
public:
    /// The folder; empty (the default) keeps nothing. Set once, in main(), before anything is
    /// read.
    static void setDirectory(const QString& directory);
    static QString directory();

    /// What reads the files the entries come from: a rebuilt or upgraded GDAL module reads every
    /// file anew. Part of every key.
    static const QByteArray& readerIdentity();

    /// The payload kept under `key` in `format`, if there is a whole one.
    static std::optional<QByteArray> read(const QByteArray& key, quint32 format);
    /// Keeps `payload` under `key`; a failure only means it is read again.
    static void write(const QByteArray& key, quint32 format, const QByteArray& payload);
    /// write() on a thread of its own, so that what was read is used at once: an export draws
    /// while its layers are written (10 MB for a world map). finishWrites() waits for them.
    static void writeLater(const QByteArray& key, quint32 format, QByteArray payload);
    /// Waits for every writeLater(); main() calls it before the program ends.
    static void finishWrites();

    static constexpr int kMaxEntries = 64;
    static constexpr qint64 kMaxBytes = 512LL * 1024 * 1024;
};

} // namespace frontier
