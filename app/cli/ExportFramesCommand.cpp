#include "ArgumentParsers.h"
#include "BackgroundLoad.h"
#include "CliError.h"
#include "CommandGui.h"
#include "Commands.h"
#include "MapOptions.h"
#include "render/MapRenderer.h"
#include "ui/FrameSeries.h"
#include "ui/SnapshotFile.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace frontier {

int runExportFrames(const QStringList& args)
{
    CommandLine cli(QStringLiteral("export-frames"), QStringLiteral("Writes numbered PNG frames (frame_00000.png, …) from one date to another, for an animation."));
    auto& p = cli.parser();
    p.addOption({QStringLiteral("from"), QStringLiteral("First date (required)."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("to"), QStringLiteral("Last date (required)."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("step"), QStringLiteral("Time between frames: 1d, 1w, 1m or 1y (default 1m)."), QStringLiteral("STEP")});
    p.addOption({QStringLiteral("output-dir"), QStringLiteral("Folder for the frames (required; created if missing)."), QStringLiteral("DIR")});
    MapOptions::add(p);
    if (!cli.parse(args)) return kExitOk;
    const Date from = ArgumentParsers::date(QStringLiteral("from"), cli.required(QStringLiteral("from")));
    const Date to = ArgumentParsers::date(QStringLiteral("to"), cli.required(QStringLiteral("to")));
    if (to < from) throw usageError(QStringLiteral("export-frames: --to %1 is before --from %2").arg(to.toString(), from.toString()));
    const QString stepText = cli.isSet(QStringLiteral("step")) ? cli.value(QStringLiteral("step")) : QStringLiteral("1m");
    const auto step = FrameSeries::stepFromCode(stepText);
    if (!step) throw usageError(QStringLiteral("--step %1: expected 1d, 1w, 1m or 1y").arg(stepText.left(20)));
    const QString dir = cli.required(QStringLiteral("output-dir"));
    const MapOptions options = MapOptions::read(cli);
    if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir())
        throw CliError(QStringLiteral("export-frames: %1: is a file, not a folder").arg(dir), kExitFailure);
    if (!QDir().mkpath(dir)) throw CliError(QStringLiteral("export-frames: %1: cannot create the folder").arg(dir), kExitFailure);

    BackgroundLoad load(cli.dataPath(), options.crs);
    const CommandGui gui;
    const std::unique_ptr<MapRenderer> loaded = load.take();
    MapRenderer& renderer = *loaded;
    const FrameSeries series(from, to, *step);
    const auto& dates = series.dates();
    for (std::size_t i = 0; i < dates.size(); ++i) {
        // Each frame is written atomically; the base image is reused, only the date changes.
        const QString path = FrameSeries::framePath(dir, static_cast<int>(i));
        const QString error = SnapshotFile::write(renderer, options.settings(renderer, dates[i]), path, options.dpi);
        if (!error.isEmpty()) throw CliError(QStringLiteral("\nexport-frames: ") + error, kExitFailure);
        std::fprintf(stderr, "\rframe %zu/%zu  %s", i + 1, dates.size(), qPrintable(dates[i].toString()));
    }
    std::fprintf(stderr, "\nwrote %zu frames to %s\n", dates.size(), qPrintable(dir));
    return kExitOk;
}

} // namespace frontier
