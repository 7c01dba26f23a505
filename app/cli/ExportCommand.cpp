#include "ArgumentParsers.h"
#include "BackgroundLoad.h"
#include "CliError.h"
#include "CommandGui.h"
#include "Commands.h"
#include "MapOptions.h"
#include "OverlayLoad.h"
#include "render/MapRenderer.h"
#include "render/export/CompareFigure.h"
#include "render/export/ImageFormat.h"
#include "render/export/SnapshotExport.h"

#include <cstdio>

namespace frontier {

int runExport(const QStringList& args)
{
    CommandLine cli(
        QStringLiteral("export"),
        QStringLiteral(
            "Writes a snapshot of the frontier on a date (PNG, JPEG or TIFF, by the output's "
            "suffix), with a world file (.pgw, .jgw, .tfw) and the CRS (.prj) beside it."));
    auto& p = cli.parser();
    p.addOption({QStringLiteral("date"), QStringLiteral("The date to show (required)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption(
        {QStringLiteral("output"),
         QStringLiteral(
             "The image to write (required): .png, .jpg/.jpeg or .tif/.tiff; written atomically."),
         QStringLiteral("FILE")});
    p.addOption({QStringLiteral("compare"),
                 QStringLiteral("A second date: write one figure of both dates side by side, "
                                "each titled with its date, the later marking what changed and "
                                "carrying the legend (no world file)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("timings"),
                 QStringLiteral("Print how long the render (render_ms=) and the encoding and "
                                "writing (png_ms=) took.")});
    MapOptions::add(p);
    if (!cli.parse(args))
        return kExitOk;
    const Date date =
        ArgumentParsers::date(QStringLiteral("date"), cli.required(QStringLiteral("date")));
    const QString output = cli.required(QStringLiteral("output"));
    if (!ImageFormats::fromPath(output))
        throw usageError(QStringLiteral("--output %1: expected a %2 file")
                             .arg(output.right(80), ImageFormats::acceptedSuffixes()));
    const MapOptions options = MapOptions::read(cli);
    const std::optional<Date> compare =
        ArgumentParsers::optionalDate(cli, QStringLiteral("compare"));

    BackgroundLoad load(cli.dataPath(), options.crs, options.style, options.basemap);
    // A database's dated tables send only the rows the date (or the two compared) can show.
    const DateRange shown = compare
                                ? DateRange{std::min(date, *compare),
                                            Date::fromJulianDay(std::max(date.lastJulianDay(),
                                                                         compare->lastJulianDay()))}
                                : DateRange{date, date};
    OverlayLoad overlays(options, shown);
    const CommandGui gui;
    const std::unique_ptr<MapRenderer> renderer = load.take();
    const MapSettings settings = options.settings(*renderer, date, overlays.take(*renderer));
    SnapshotExport::Timings timings;
    const QString error =
        compare
            ? CompareFigure(settings, *compare).write(*renderer, output, options.dpi)
            : SnapshotExport::write(*renderer, settings, output, options.dpi, nullptr, &timings);
    if (!error.isEmpty())
        throw CliError(QStringLiteral("export: ") + error, kExitFailure);
    std::fprintf(stderr, "wrote %s (%dx%d, %s%s)\n", qPrintable(output), settings.size.width(),
                 settings.size.height(), qPrintable(date.toString()),
                 compare ? qPrintable(QStringLiteral(" and ") + compare->toString()) : "");
    if (cli.isSet(QStringLiteral("timings")))
        std::printf("render_ms=%.1f png_ms=%.1f\n", timings.renderMs, timings.writeMs);
    return kExitOk;
}

} // namespace frontier
