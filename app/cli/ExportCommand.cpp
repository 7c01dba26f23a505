#include "ArgumentParsers.h"
#include "CliError.h"
#include "Commands.h"
#include "DataLocator.h"
#include "MapOptions.h"
#include "render/MapRenderer.h"
#include "render/Provenance.h"
#include "render/SnapshotWriter.h"

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

    auto timeline = std::make_shared<const Timeline>(DataLocator::load(cli.dataPath()));
    MapRenderer renderer(timeline);
    const MapSettings settings = options.settings(renderer, date);
    const QImage image = renderer.renderImage(settings);
    const CoordinateTransform& transform = renderer.transform(settings.crs);
    const SnapshotWriter::Georef georef{MapRenderer::viewport(settings), settings.devicePixelRatio, transform.esriWkt()};
    const QString error = SnapshotWriter::write(image, output, georef, Provenance::of(*timeline, settings, transform.name()), options.dpi);
    if (!error.isEmpty()) throw CliError(QStringLiteral("export: ") + error, kExitFailure);
    std::fprintf(stderr, "wrote %s (%dx%d, %s)\n", qPrintable(output), image.width(), image.height(), qPrintable(date.toString()));
    return kExitOk;
}

} // namespace frontier
