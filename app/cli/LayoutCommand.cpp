#include "ArgumentParsers.h"
#include "BackgroundLoad.h"
#include "CliError.h"
#include "CommandGui.h"
#include "Commands.h"
#include "MapOptions.h"
#include "render/MapRenderer.h"
#include "render/export/LayoutExport.h"
#include "render/export/PrintLayout.h"

#include <cstdio>

namespace frontier {

int runLayout(const QStringList& args)
{
    CommandLine cli(
        QStringLiteral("layout"),
        QStringLiteral("Writes a print layout of the frontier on a date: title, subtitle, the map "
                       "with its legend, scale bar and north arrow, a locator map, a caption, the "
                       "provenance line and, on the pages after, the numbered sources behind "
                       "what is shown. A PDF keeps text and map as vectors; a PNG has a file per "
                       "page (NAME.png, NAME-2.png, …) at --dpi."));
    auto& p = cli.parser();
    p.addOption({QStringLiteral("date"), QStringLiteral("The date to show (required)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("output"),
                 QStringLiteral("The file to write (required): .pdf or .png; written atomically."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("title"),
                 QStringLiteral("The page's title (default \"Iraq–Syria frontier\")."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("subtitle"), QStringLiteral("A line under the title."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("caption"), QStringLiteral("A caption under the map, wrapped."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("page"),
                 QStringLiteral("Page size and orientation: a4-landscape (default), a4-portrait, "
                                "letter-landscape or letter-portrait."),
                 QStringLiteral("PAGE")});
    p.addOption({QStringLiteral("compare"),
                 QStringLiteral("A second date: its map beside the first, the later marking what "
                                "changed, one legend, and the sources of both."),
                 QStringLiteral("YYYY-MM-DD")});
    MapOptions::add(p, MapOptions::Target::Page);
    if (!cli.parse(args))
        return kExitOk;
    const Date date =
        ArgumentParsers::date(QStringLiteral("date"), cli.required(QStringLiteral("date")));
    const QString output = cli.required(QStringLiteral("output"));
    if (!LayoutExport::acceptsPath(output))
        throw usageError(
            QStringLiteral("--output %1: expected a .pdf or .png file").arg(output.right(80)));
    const QString pageCode = cli.isSet(QStringLiteral("page")) ? cli.value(QStringLiteral("page"))
                                                               : QStringLiteral("a4-landscape");
    const std::optional<PageFormat> page = PageFormat::fromCode(pageCode);
    if (!page)
        throw usageError(QStringLiteral("--page %1: expected %2")
                             .arg(pageCode.left(40), PageFormat::acceptedCodes()));
    const std::optional<Date> compare =
        ArgumentParsers::optionalDate(cli, QStringLiteral("compare"));
    const MapOptions options = MapOptions::read(cli, MapOptions::Target::Page);

    BackgroundLoad load(cli.dataPath(), options.crs, options.style);
    const CommandGui gui;
    const std::unique_ptr<MapRenderer> renderer = load.take();
    const PrintLayout layout(*renderer, options.settings(*renderer, date),
                             {cli.value(QStringLiteral("title")),
                              cli.value(QStringLiteral("subtitle")),
                              cli.value(QStringLiteral("caption"))},
                             *page, compare);
    if (const QString error = LayoutExport::write(layout, output, options.dpi); !error.isEmpty())
        throw CliError(QStringLiteral("layout: ") + error, kExitFailure);
    std::fprintf(stderr, "wrote %s (%s, %d page(s), %d sources)\n", qPrintable(output),
                 qPrintable(page->code()), layout.pageCount(),
                 static_cast<int>(layout.sources().size()));
    return kExitOk;
}

} // namespace frontier
