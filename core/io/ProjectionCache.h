#pragma once

#include "geo/CoordinateTransform.h"
#include "overlay/Overlay.h"
#include "overlay/ProjectedOverlay.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace frontier {

/// \brief A large overlay's projection (its thinned, projected parts, their bounds and the grid
/// that finds them), kept in the CacheEntries beside the overlay (OverlayCache), so that an export
/// of the same layers in the same CRS at the same scale, such as a world map of 600,000 vertices,
/// does not project them again.
class ProjectionCache {
public:
    /// ProjectedOverlay(overlay, CoordinateTransform(crs), tolerance), read back when the
    /// overlay kept under `overlayKey` (OverlayCache::key) was projected so before. An overlay of
    /// up to kMinVertices vertices, or one without a key, is projected every time.
    static std::unique_ptr<ProjectedOverlay> project(const Overlay& overlay,
                                                     const QByteArray& overlayKey,
                                                     const QString& crs, double tolerance);

    /// Projecting fewer vertices (about 10 ms) costs less than reading them back.
    static constexpr std::size_t kMinVertices = 50'000;
    /// The entries' layout, raised whenever it changes.
    static constexpr quint32 kFormat = 0x50520001; // "PR", 1

    /// The entry's key; empty without an overlay key.
    static QByteArray key(const QByteArray& overlayKey, const QString& crs, double tolerance);
    /// The projection kept under `key`, if there is a whole one that fits `overlay`.
    static std::unique_ptr<ProjectedOverlay> find(const QByteArray& key, const Overlay& overlay);
    /// Keeps `projected` under `key`, written in the background (CacheEntries::writeLater); a
    /// failure only means it is projected again.
    static void store(const QByteArray& key, const ProjectedOverlay& projected);
};

} // namespace frontier
