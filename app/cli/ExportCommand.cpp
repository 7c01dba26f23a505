#include "ArgumentParsers.h"
#include "BackgroundLoad.h"
#include "CliError.h"
#include "CommandGui.h"
#include "Commands.h"
#include "MapOptions.h"
#include "render/MapRenderer.h"
#include "ui/SnapshotFile.h"

#include <cstdio>

namespace frontier {

int runExport(const QStringList& args)
{
    CommandLine cli(QStringLiteral("export"), QStringLiteral("Writes a PNG snapshot of the frontier on a date, with a world file (.pgw) and the CRS (.prj) beside it."));
    auto& p = cli.parser();
    p.addOption({QStringLiteral("date"), QStringLiteral("The date to show (required)."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("output"), QStringLiteral("The PNG to write (required); written atomically."), QStringLiteral("FILE.png")});
    MapOptions::add(p);
    if (!cli.parse(args)) return kExitOk;
    const Date date = ArgumentParsers::date(QStringLiteral("date"), cli.required(QStringLiteral("date")));
    const QString output = cli.required(QStringLiteral("output"));
    const MapOptions options = MapOptions::read(cli);

    BackgroundLoad load(cli.dataPath(), options.crs);
    const CommandGui gui;
    const std::unique_ptr<MapRenderer> renderer = load.take();
    const MapSettings settings = options.settings(*renderer, date);
    const QString error = SnapshotFile::write(*renderer, settings, output, options.dpi);
    if (!error.isEmpty()) throw CliError(QStringLiteral("export: ") + error, kExitFailure);
    std::fprintf(stderr, "wrote %s (%dx%d, %s)\n", qPrintable(output), settings.size.width(), settings.size.height(), qPrintable(date.toString()));
    return kExitOk;
}

} // namespace frontier
