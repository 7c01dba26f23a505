#include "FrameExporter.h"

#include "FramePalette.h"
#include "SnapshotExport.h"
#include "VideoEncoder.h"
#include "render/MapRenderer.h"
#include "render/RenderCache.h"
#include "render/decorations/Legend.h"

#include <QDir>
#include <QFileInfo>

namespace frontier {
namespace {

// A GIF's palette is made from this many frames spread over the series.
constexpr std::size_t kPaletteSamples = 8;

} // namespace

FrameExporter::FrameExporter(MapRenderer& renderer) : m_renderer(renderer) {}

QString FrameExporter::prepareDirectory(const QString& directory)
{
    const QFileInfo info(directory);
    if (info.exists() && !info.isDir())
        return QStringLiteral("%1: is a file, not a folder").arg(directory);
    if (!QDir().mkpath(directory))
        return QStringLiteral("%1: cannot create the folder").arg(directory);
    return {};
}

QString FrameExporter::checkFile(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QStringLiteral("%1: is a folder").arg(path);
    if (!info.dir().exists())
        return QStringLiteral("%1: no folder %2").arg(path, info.dir().path());
    return {};
}

MapSettings FrameExporter::seriesSettings(MapSettings settings, const FrameSeries& series) const
{
    if (settings.hasDecoration(Decoration::Legend))
        settings.legendBox =
            Legend::seriesBox(m_renderer.timeline(), settings, series.dates(),
                              m_renderer.decorationArea(settings, Decoration::Legend));
    return settings;
}

FrameExporter::Result FrameExporter::run(MapSettings settings, const FrameSeries& series,
                                         RenderCache& cache, const Progress& progress,
                                         const Frame& frame) const
{
    Result result;
    const auto& dates = series.dates();
    const int total = static_cast<int>(dates.size());
    for (; result.written < total; ++result.written) {
        if (progress && !progress(result.written, total)) {
            result.cancelled = true;
            return result;
        }
        const auto i = static_cast<std::size_t>(result.written);
        settings.date = dates[i];
        result.error = frame(i, settings, m_renderer.renderImage(settings, &cache));
        if (!result.error.isEmpty())
            return result;
    }
    if (progress)
        progress(total, total);
    return result;
}

FrameExporter::Result FrameExporter::writeImages(MapSettings settings, const FrameSeries& series,
                                                 const QString& directory, ImageFormat format,
                                                 int dpi, const Progress& progress) const
{
    if (QString error = prepareDirectory(directory); !error.isEmpty())
        return {0, false, error};
    RenderCache cache;
    return run(seriesSettings(settings, series), series, cache, progress,
               [&](std::size_t, const MapSettings& s, const QImage& image) {
                   return SnapshotExport::write(m_renderer, s, image,
                                                FrameSeries::framePath(directory, s.date, format),
                                                dpi);
               });
}

FrameExporter::Result FrameExporter::writeVideo(MapSettings settings, const FrameSeries& series,
                                                const Video& video, const QString& path,
                                                const Progress& progress) const
{
    if (QString error = checkFile(path); !error.isEmpty())
        return {0, false, error};
    if (series.dates().empty())
        return {0, false,
                QStringLiteral("%1: no frames: the last date is before the first").arg(path)};
    settings.size = VideoFormats::frameSize(video.format, settings.size);
    settings = seriesSettings(settings, series);
    RenderCache cache;
    std::optional<FramePalette> palette;
    if (video.format == VideoFormat::Gif) {
        std::vector<QImage> samples;
        const auto& dates = series.dates();
        const std::size_t count = std::min(kPaletteSamples, dates.size());
        for (std::size_t k = 0; k < count; ++k) {
            settings.date = dates[count < 2 ? 0 : k * (dates.size() - 1) / (count - 1)];
            samples.push_back(m_renderer.renderImage(settings, &cache));
        }
        palette.emplace(samples);
    }
    VideoEncoder encoder(path, {video.format, settings.size, video.fps}, std::move(palette));
    if (!encoder.error().isEmpty())
        return {0, false, encoder.error()};
    const std::vector<bool> changed =
        video.holdChanges ? series.changes(m_renderer.timeline()) : std::vector<bool>();
    Result result = run(settings, series, cache, progress,
                        [&](std::size_t i, const MapSettings&, const QImage& image) {
                            const bool hold = video.holdChanges && changed[i];
                            return encoder.add(image, hold ? 1 + video.fps : 1);
                        });
    if (result.error.isEmpty() && !result.cancelled)
        result.error = encoder.finish();
    return result;
}

} // namespace frontier
