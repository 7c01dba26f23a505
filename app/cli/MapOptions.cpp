#include "MapOptions.h"

#include "ArgumentParsers.h"
#include "CliError.h"
#include "geo/Crs.h"
#include "overlay/ProjectedOverlay.h"
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
    p.addOption(
        {QStringLiteral("labels"),
         QStringLiteral("Label language: en, ar, both, or ku (Kurmanji where the data has it, "
                        "English elsewhere; default en)."),
         QStringLiteral("en|ar|both|ku")});
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
    p.addOption({QStringLiteral("map-extent"),
                 QStringLiteral("Area to show in the map CRS's units (instead of --extent)."),
                 QStringLiteral("XMIN,YMIN,XMAX,YMAX")});
    p.addOption({QStringLiteral("layer"),
                 QStringLiteral("Draw a vector file GDAL reads (GeoPackage, Shapefile, GeoJSON, "
                                "KML, FlatGeobuf, CSV with coordinates, ACLED's CSV), or a "
                                "PostGIS table (\"PG:service=NAME tables=TABLE\", "
                                "postgresql://HOST/DB?tables=TABLE); repeat for more, the first "
                                "at the bottom."),
                 QStringLiteral("PATH[:LAYERNAME]")});
    p.addOption({QStringLiteral("layer-style"),
                 QStringLiteral("A JSON file of the layers' styles: {\"background\": COLOUR, "
                                "\"layers\": {NAME: {\"fill\", \"stroke\", \"strokeWidth\", "
                                "\"symbol\", \"size\", \"opacity\", \"categoryField\", "
                                "\"sizeField\", \"labelField\", \"labelSize\", \"time\", "
                                "\"timeCount\", \"timeUnit\"}}}."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("basemap"),
                 QStringLiteral("bundled (default) or none: leave out the bundled basemap, "
                                "frontier and crossings."),
                 QStringLiteral("bundled|none")});
    p.addOption({QStringLiteral("no-decorations"),
                 QStringLiteral("Leave out the title, legends, scale bar, north arrow and "
                                "attribution.")});
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
            throw usageError(QStringLiteral("--labels %1: expected en, ar, both or ku")
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
    if (target == Target::Page) // a page has its own title and legend, and no overlays yet
        return o;
    if (cli.isSet(QStringLiteral("no-legend")))
        o.decorations &= ~static_cast<unsigned>(Decoration::Legend);
    if (cli.isSet(QStringLiteral("no-title")))
        o.decorations &= ~static_cast<unsigned>(Decoration::Title);
    if (cli.isSet(QStringLiteral("no-decorations")))
        o.decorations = 0;
    if (cli.isSet(QStringLiteral("map-extent"))) {
        if (o.extent)
            throw usageError(QStringLiteral("--map-extent and --extent: give one of them"));
        o.mapExtent = ArgumentParsers::mapExtent(QStringLiteral("map-extent"),
                                                 cli.value(QStringLiteral("map-extent")));
    }
    o.layers = cli.values(QStringLiteral("layer"));
    o.layerStyle = cli.value(QStringLiteral("layer-style"));
    if (cli.isSet(QStringLiteral("basemap"))) {
        const QString b = cli.value(QStringLiteral("basemap"));
        if (b != QLatin1String("bundled") && b != QLatin1String("none"))
            throw usageError(
                QStringLiteral("--basemap %1: expected bundled or none").arg(b.left(20)));
        o.basemap = b == QLatin1String("bundled");
    }
    return o;
}

MapSettings MapOptions::settings(MapRenderer& renderer, Date date,
                                 const OverlayLayers& layers) const
{
    MapSettings s;
    s.size = size;
    s.devicePixelRatio = dpi / 96.0;
    s.crs = crs;
    s.date = date;
    s.compareDate = changesSince;
    s.labels = labels;
    s.decorations = decorations;
    s.overlays = layers.views;
    s.background = layers.background;
    if (!basemap)
        s.layers = 0;
    MapRect overlaysExtent = MapRect::empty();
    for (const OverlayView& v : layers.views) {
        const MapRect& e = renderer.projected(crs, v.overlay).extent();
        overlaysExtent.include({e.xmin, e.ymin});
        overlaysExtent.include({e.xmax, e.ymax});
    }
    if (mapExtent) {
        s.extent = *mapExtent;
    } else if (!extent && !basemap && overlaysExtent.isValid()) {
        s.extent = overlaysExtent.grown(0.05);
    } else if (extent) {
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
