#include "ProjectionCache.h"

#include "CacheEntries.h"
#include "RawBlocks.h"
#include "Sha256.h"

#include <QDataStream>

#include <algorithm>
#include <cmath>

namespace frontier {
namespace {

bool isFinitePositive(double v)
{
    return std::isfinite(v) && v > 0;
}

} // namespace

QByteArray ProjectionCache::key(const QByteArray& overlayKey, const QString& crs, double tolerance)
{
    if (overlayKey.isEmpty())
        return {};
    Sha256 hash;
    hash.addData(QByteArray("projection") + '\0' + QByteArray::number(kFormat) + '\0' + overlayKey +
                 '\0' + crs.toUtf8() + '\0' + QByteArray::number(tolerance, 'g', 17));
    return hash.hexResult();
}

std::unique_ptr<ProjectedOverlay> ProjectionCache::find(const QByteArray& key,
                                                        const Overlay& overlay)
{
    const auto payload = CacheEntries::read(key, kFormat);
    if (!payload)
        return nullptr;
    QDataStream in(*payload);
    in.setVersion(QDataStream::Qt_6_4);
    std::unique_ptr<ProjectedOverlay> p(new ProjectedOverlay);
    qint32 cols = 0, rows = 0;
    in >> p->m_extent.xmin >> p->m_extent.ymin >> p->m_extent.xmax >> p->m_extent.ymax >> cols >>
        rows >> p->m_cellW >> p->m_cellH >> p->m_oneCellEach;
    p->m_cols = cols, p->m_rows = rows;
    if (!RawBlocks::read(in, p->m_parts.vertices) || !RawBlocks::read(in, p->m_parts.starts) ||
        !RawBlocks::read(in, p->m_bounds) || !RawBlocks::read(in, p->m_cellStarts) ||
        !RawBlocks::read(in, p->m_cellFeatures) || in.status() != QDataStream::Ok || !in.atEnd())
        return nullptr;
    // Nothing read from it may index out of range: the parts are the overlay's, the grid's cells
    // list features of it.
    const std::size_t features = overlay.features.size();
    if (p->m_parts.starts.size() != overlay.partStarts.size() ||
        !RawBlocks::areStarts(p->m_parts.starts, p->m_parts.vertices.size()) ||
        p->m_bounds.size() != features || cols < 1 || rows < 1 || cols > 1024 || rows > 1024 ||
        !isFinitePositive(p->m_cellW) || !isFinitePositive(p->m_cellH))
        return nullptr;
    if (!p->m_cellFeatures.empty() &&
        (p->m_cellStarts.size() != std::size_t(cols) * std::size_t(rows) + 1 ||
         !RawBlocks::areStarts(p->m_cellStarts, p->m_cellFeatures.size()) ||
         std::any_of(p->m_cellFeatures.begin(), p->m_cellFeatures.end(),
                     [features](std::uint32_t f) { return f >= features; })))
        return nullptr;
    return p;
}

void ProjectionCache::store(const QByteArray& key, const ProjectedOverlay& p)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << p.m_extent.xmin << p.m_extent.ymin << p.m_extent.xmax << p.m_extent.ymax
        << qint32(p.m_cols) << qint32(p.m_rows) << p.m_cellW << p.m_cellH << p.m_oneCellEach;
    RawBlocks::write(out, p.m_parts.vertices);
    RawBlocks::write(out, p.m_parts.starts);
    RawBlocks::write(out, p.m_bounds);
    RawBlocks::write(out, p.m_cellStarts);
    RawBlocks::write(out, p.m_cellFeatures);
    CacheEntries::writeLater(key, kFormat, std::move(bytes));
}

std::unique_ptr<ProjectedOverlay> ProjectionCache::project(const Overlay& overlay,
                                                           const QByteArray& overlayKey,
                                                           const QString& crs, double tolerance)
{
    const QByteArray key = overlay.vertices.size() > kMinVertices && !overlay.raster
                               ? ProjectionCache::key(overlayKey, crs, tolerance)
                               : QByteArray();
    if (auto kept = find(key, overlay))
        return kept;
    auto projected =
        std::make_unique<ProjectedOverlay>(overlay, CoordinateTransform(crs), tolerance);
    if (!key.isEmpty())
        store(key, *projected);
    return projected;
}

} // namespace frontier
