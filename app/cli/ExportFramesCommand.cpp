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

namespace frontier {

int runExportFrames(const QStringList& args)
{
    CommandLine cli(QStringLiteral("export-frames"),
                    QStringLiteral("Writes numbered frames (frame_00000.png, …) from one date to "
                                   "another, for an animation."));
    auto& p = cli.parser();
    p.addOption({QStringLiteral("from"), QStringLiteral("First date (required)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("to"), QStringLiteral("Last date (required)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("step"),
                 QStringLiteral("Time between frames: 1d, 1w, 1m or 1y (default 1m)."),
                 QStringLiteral("STEP")});
    p.addOption({QStringLiteral("format"),
                 QStringLiteral("Image format of the frames: png, jpg or tif (default png)."),
                 QStringLiteral("FORMAT")});
    p.addOption({QStringLiteral("output-dir"),
                 QStringLiteral("Folder for the frames (required; created if missing)."),
                 QStringLiteral("DIR")});
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
    const QString formatText = cli.isSet(QStringLiteral("format"))
                                   ? cli.value(QStringLiteral("format"))
                                   : QStringLiteral("png");
    const auto format = ImageFormats::fromPath(QStringLiteral("frame.") + formatText);
    if (!format)
        throw usageError(
            QStringLiteral("--format %1: expected png, jpg or tif").arg(formatText.left(20)));
    const QString dir = cli.required(QStringLiteral("output-dir"));
    const MapOptions options = MapOptions::read(cli);
    if (const QString error = FrameExporter::prepareDirectory(dir); !error.isEmpty())
        throw CliError(QStringLiteral("export-frames: ") + error, kExitFailure);

    BackgroundLoad load(cli.dataPath(), options.crs, options.basemap);
    OverlayLoad overlays(options);
    const CommandGui gui;
    const std::unique_ptr<MapRenderer> loaded = load.take();
    MapRenderer& renderer = *loaded;
    const OverlayLayers layers = overlays.take(renderer);
    const FrameSeries series(from, to, *step);
    const FrameExporter exporter(renderer, *format, options.dpi);
    const FrameExporter::Result result = exporter.write(
        options.settings(renderer, from, layers), series, dir, [&](int done, int total) {
            if (done > 0)
                std::fprintf(
                    stderr, "\rframe %d/%d  %s", done, total,
                    qPrintable(series.dates()[static_cast<std::size_t>(done - 1)].toString()));
            return true;
        });
    if (!result.error.isEmpty())
        throw CliError(QStringLiteral("\nexport-frames: ") + result.error, kExitFailure);
    std::fprintf(stderr, "\nwrote %d frames to %s\n", result.written, qPrintable(dir));
    return kExitOk;
}

} // namespace frontier
