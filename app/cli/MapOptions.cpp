#include "MapOptions.h"

#include "ArgumentParsers.h"
#include "CliError.h"
#include "geo/Crs.h"
#include "render/MapRenderer.h"

namespace frontier {

void MapOptions::add(QCommandLineParser& p, Target target)
{
    if (target == Target::Image)
        p.addOption(
            {QStringLiteral("size"),
             QStringLiteral("Image size in pixels (default 1920x1080, at most 16384 a side)."),
             QStringLiteral("WxH")});
    if (target != Target::Window)
        p.addOption({QStringLiteral("dpi"),
                     QStringLiteral(
                         "Resolution: scales symbols and text, recorded in the PNG (default 96)."),
                     QStringLiteral("N")});
    p.addOption({QStringLiteral("crs"),
                 QStringLiteral("Map CRS, e.g. EPSG:32638 (default: a Lambert conformal conic "
                                "fitted to the frontier)."),
                 QStringLiteral("EPSG:N")});
    p.addOption({QStringLiteral("extent"),
                 QStringLiteral("Area to show, WGS84 degrees (default: the whole frontier)."),
                 QStringLiteral("LON1,LAT1,LON2,LAT2")});
    p.addOption({QStringLiteral("labels"),
                 QStringLiteral("Label language: en, ar or both (default en)."),
                 QStringLiteral("en|ar|both")});
    p.addOption({QStringLiteral("changes-since"),
                 QStringLiteral("Mark with dashed rings the crossings and sectors whose state "
                                "differs from this date's."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("style"),
                 QStringLiteral("Map style: default or high-contrast (black text on opaque white, "
                                "wider lines, larger symbols)."),
                 QStringLiteral("NAME")});
    if (target == Target::Page)
        return;
    p.addOption({QStringLiteral("no-legend"), QStringLiteral("Leave out the legend.")});
    p.addOption({QStringLiteral("no-title"), QStringLiteral("Leave out the title.")});
}

MapOptions MapOptions::read(const CommandLine& cli, Target target)
{
    MapOptions o;
    if (target == Target::Image && cli.isSet(QStringLiteral("size")))
        o.size = ArgumentParsers::size(QStringLiteral("size"), cli.value(QStringLiteral("size")));
    if (target != Target::Window && cli.isSet(QStringLiteral("dpi")))
        o.dpi = ArgumentParsers::dpi(QStringLiteral("dpi"), cli.value(QStringLiteral("dpi")));
    o.crs = cli.isSet(QStringLiteral("crs"))
                ? ArgumentParsers::crs(QStringLiteral("crs"), cli.value(QStringLiteral("crs")))
                : Crs::defaultDefinition();
    if (cli.isSet(QStringLiteral("extent"))) {
        const auto b =
            ArgumentParsers::extent(QStringLiteral("extent"), cli.value(QStringLiteral("extent")));
        o.extent = std::array<double, 4>{b.west, b.south, b.east, b.north};
    }
    if (cli.isSet(QStringLiteral("labels"))) {
        const auto l = labelLanguageFromCode(cli.value(QStringLiteral("labels")));
        if (!l)
            throw usageError(QStringLiteral("--labels %1: expected en, ar or both")
                                 .arg(cli.value(QStringLiteral("labels")).left(20)));
        o.labels = *l;
    }
    if (cli.isSet(QStringLiteral("changes-since")))
        o.changesSince = ArgumentParsers::date(QStringLiteral("changes-since"),
                                               cli.value(QStringLiteral("changes-since")));
    if (cli.isSet(QStringLiteral("style"))) {
        const QString name = cli.value(QStringLiteral("style"));
        const auto style = Style::named(name);
        if (!style)
            throw usageError(QStringLiteral("--style %1: expected %2")
                                 .arg(name.left(20), Style::names().join(QStringLiteral(" or "))));
        o.style = *style;
    }
    if (target != Target::Page && cli.isSet(QStringLiteral("no-legend")))
        o.decorations &= ~static_cast<unsigned>(Decoration::Legend);
    if (target != Target::Page && cli.isSet(QStringLiteral("no-title")))
        o.decorations &= ~static_cast<unsigned>(Decoration::Title);
    return o;
}

MapSettings MapOptions::settings(MapRenderer& renderer, Date date) const
{
    MapSettings s;
    s.size = size;
    s.devicePixelRatio = dpi / 96.0;
    s.crs = crs;
    s.date = date;
    s.compareDate = changesSince;
    s.labels = labels;
    s.decorations = decorations;
    if (extent) {
        try {
            s.extent = renderer.transform(crs).forwardBox((*extent)[0], (*extent)[1], (*extent)[2],
                                                          (*extent)[3]);
        } catch (const ProjError& e) {
            throw usageError(QStringLiteral("--extent: %1").arg(QString::fromUtf8(e.what())));
        }
    } else {
        s.extent = renderer.homeExtent(crs);
    }
    return s;
}

} // namespace frontier
