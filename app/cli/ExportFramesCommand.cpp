#include "ArgumentParsers.h"
#include "BackgroundLoad.h"
#include "CliError.h"
#include "CommandGui.h"
#include "Commands.h"
#include "MapOptions.h"
#include "OverlayLoad.h"
#include "render/MapRenderer.h"
#include "render/export/FrameExporter.h"

#include <cstdio>
#include <variant>

namespace frontier {
namespace {

/// Image frames into a folder, or one video file.
struct ImageFrames {
    QString directory;
    ImageFormat format = ImageFormat::Png;
};
struct VideoFile {
    QString path;
    FrameExporter::Video video;
};
using Output = std::variant<ImageFrames, VideoFile>;

void addOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("from"), QStringLiteral("First date (required)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("to"), QStringLiteral("Last date (required)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("step"),
                 QStringLiteral("Time between frames: 1d, 1w, 1m or 1y (default 1m)."),
                 QStringLiteral("STEP")});
    p.addOption({QStringLiteral("output-dir"),
                 QStringLiteral("Folder for image frames named by their date (created if "
                                "missing)."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("output"),
                 QStringLiteral("One video file instead: .mp4 (H.264), .webm (VP9) or .gif."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("format"),
                 QStringLiteral("png, jpg or tif frames (default png); mp4, webm or gif for "
                                "--output (default: the file's suffix)."),
                 QStringLiteral("FORMAT")});
    p.addOption({QStringLiteral("fps"), QStringLiteral("Frames a second of the video (default 4)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("hold-changes"),
                 QStringLiteral("Show each frame where something changed for a second longer.")});
}

Output readOutput(const CommandLine& cli)
{
    const bool toFolder = cli.isSet(QStringLiteral("output-dir")),
               toFile = cli.isSet(QStringLiteral("output"));
    if (toFolder && toFile)
        throw usageError(QStringLiteral("export-frames: --output and --output-dir together: "
                                        "give --output FILE for a video or --output-dir DIR for "
                                        "image frames"));
    if (!toFolder && !toFile)
        throw usageError(QStringLiteral("export-frames: --output-dir DIR (image frames) or "
                                        "--output FILE (a video) is required"));
    const QString formatText = cli.value(QStringLiteral("format"));
    const bool formatSet = cli.isSet(QStringLiteral("format"));
    const auto image = ImageFormats::fromPath(QStringLiteral("frame.") + formatText);
    const auto video = VideoFormats::fromName(formatText);
    if (formatSet && !image && !video)
        throw usageError(QStringLiteral("--format %1: expected png, jpg or tif (image frames), "
                                        "or %2 (a video)")
                             .arg(formatText.left(20), VideoFormats::acceptedNames()));
    if (toFolder) {
        if (video)
            throw usageError(QStringLiteral("--format %1 writes one file: give --output FILE, "
                                            "not --output-dir")
                                 .arg(formatText));
        for (const char* option : {"fps", "hold-changes"})
            if (cli.isSet(QString::fromLatin1(option)))
                throw usageError(QStringLiteral("--%1 is for a video: give --output FILE")
                                     .arg(QString::fromLatin1(option)));
        return ImageFrames{cli.value(QStringLiteral("output-dir")),
                           image.value_or(ImageFormat::Png)};
    }
    const QString path = cli.value(QStringLiteral("output"));
    if (image)
        throw usageError(QStringLiteral("--format %1 writes a folder of frames: give "
                                        "--output-dir DIR, not --output")
                             .arg(formatText));
    const auto named = VideoFormats::fromPath(path);
    if (video && named && *named != *video)
        throw usageError(QStringLiteral("--output %1: the name says %2 but --format is %3")
                             .arg(path, VideoFormats::name(*named), VideoFormats::name(*video)));
    if (!video && !named)
        throw usageError(QStringLiteral("--output %1: name the video .mp4, .webm or .gif, or "
                                        "give --format")
                             .arg(path.left(80)));
    VideoFile file{path, {video ? *video : *named, 4, cli.isSet(QStringLiteral("hold-changes"))}};
    if (cli.isSet(QStringLiteral("fps")))
        file.video.fps =
            ArgumentParsers::fps(QStringLiteral("fps"), cli.value(QStringLiteral("fps")));
    return file;
}

} // namespace

int runExportFrames(const QStringList& args)
{
    CommandLine cli(QStringLiteral("export-frames"),
                    QStringLiteral("Writes the map on every date from one to another, for an "
                                   "animation: image frames named by their date "
                                   "(frame_2019-09-30.png, …) into a folder, or one video file."));
    auto& p = cli.parser();
    addOptions(p);
    MapOptions::add(p);
    if (!cli.parse(args))
        return kExitOk;
    const Date from =
        ArgumentParsers::date(QStringLiteral("from"), cli.required(QStringLiteral("from")));
    const Date to = ArgumentParsers::date(QStringLiteral("to"), cli.required(QStringLiteral("to")));
    if (to < from)
        throw usageError(QStringLiteral("export-frames: --to %1 is before --from %2")
                             .arg(to.toString(), from.toString()));
    const QString stepText = cli.isSet(QStringLiteral("step")) ? cli.value(QStringLiteral("step"))
                                                               : QStringLiteral("1m");
    const auto step = FrameSeries::stepFromCode(stepText);
    if (!step)
        throw usageError(
            QStringLiteral("--step %1: expected 1d, 1w, 1m or 1y").arg(stepText.left(20)));
    const Output output = readOutput(cli);
    const MapOptions options = MapOptions::read(cli);
    const auto* file = std::get_if<VideoFile>(&output);
    const QString error =
        file ? FrameExporter::checkFile(file->path)
             : FrameExporter::prepareDirectory(std::get<ImageFrames>(output).directory);
    if (!error.isEmpty())
        throw CliError(QStringLiteral("export-frames: ") + error, kExitFailure);
    if (file) {
        const QSize encoded = VideoFormats::frameSize(file->video.format, options.size);
        if (encoded != options.size)
            std::fprintf(
                stderr, "export-frames: H.264 needs even sides: drawing %dx%d for --size %dx%d\n",
                encoded.width(), encoded.height(), options.size.width(), options.size.height());
    }

    BackgroundLoad load(cli.dataPath(), options.crs, options.style, options.basemap);
    const FrameSeries series(from, to, *step);
    // A database's dated tables send only the rows the frames can show.
    OverlayLoad overlays(options, series.span());
    const CommandGui gui;
    const std::unique_ptr<MapRenderer> loaded = load.take();
    MapRenderer& renderer = *loaded;
    const OverlayLayers layers = overlays.take(renderer);
    const FrameExporter exporter(renderer);
    const MapSettings settings = options.settings(renderer, from, layers);
    const auto progress = [&](int done, int total) {
        if (done > 0)
            std::fprintf(stderr, "\rframe %d/%d  %s", done, total,
                         qPrintable(series.dates()[static_cast<std::size_t>(done - 1)].toString()));
        return true;
    };
    const FrameExporter::Result result =
        file ? exporter.writeVideo(settings, series, file->video, file->path, progress)
             : exporter.writeImages(settings, series, std::get<ImageFrames>(output).directory,
                                    std::get<ImageFrames>(output).format, options.dpi, progress);
    if (!result.error.isEmpty())
        throw CliError(QStringLiteral("\nexport-frames: ") + result.error, kExitFailure);
    std::fprintf(stderr, "\nwrote %d frames to %s\n", result.written,
                 qPrintable(file ? file->path : std::get<ImageFrames>(output).directory));
    return kExitOk;
}

} // namespace frontier
