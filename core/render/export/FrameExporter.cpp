#include "FrameExporter.h"

#include "SnapshotExport.h"
#include "render/RenderCache.h"

#include <QDir>
#include <QFileInfo>

namespace frontier {

FrameExporter::FrameExporter(MapRenderer& renderer, ImageFormat format, int dpi)
    : m_renderer(renderer), m_format(format), m_dpi(dpi)
{
}

QString FrameExporter::prepareDirectory(const QString& directory)
{
    const QFileInfo info(directory);
    if (info.exists() && !info.isDir())
        return QStringLiteral("%1: is a file, not a folder").arg(directory);
    if (!QDir().mkpath(directory))
        return QStringLiteral("%1: cannot create the folder").arg(directory);
    return {};
}

FrameExporter::Result FrameExporter::write(MapSettings settings, const FrameSeries& series,
                                           const QString& directory, const Progress& progress) const
{
    Result result;
    result.error = prepareDirectory(directory);
    if (!result.error.isEmpty())
        return result;
    const auto& dates = series.dates();
    const int total = static_cast<int>(dates.size());
    RenderCache cache;
    for (; result.written < total; ++result.written) {
        if (progress && !progress(result.written, total))
            return result;
        settings.date = dates[static_cast<std::size_t>(result.written)];
        result.error = SnapshotExport::write(
            m_renderer, settings, FrameSeries::framePath(directory, result.written, m_format),
            m_dpi, &cache);
        if (!result.error.isEmpty())
            return result;
    }
    if (progress)
        progress(total, total);
    return result;
}

} // namespace frontier
