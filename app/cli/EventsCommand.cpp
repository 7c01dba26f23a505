#include "ArgumentParsers.h"
#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "DataLocator.h"
#include "io/GdalIo.h"
#include "report/EventTable.h"
#include "report/TemporalLayers.h"
#include "time/Timeline.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace frontier {
namespace {

QJsonValue idOrNull(const QString& id)
{
    return id.isEmpty() ? QJsonValue() : QJsonValue(id);
}

// The feature index that --crossing or --sector names; -1 when the option is not given.
int featureOption(const CommandLine& cli, const Dataset& d, const QString& option, FeatureKind kind)
{
    if (!cli.isSet(option))
        return -1;
    const QString id = cli.value(option);
    const int index = d.featureIndex(id);
    if (index >= 0 && d.feature(index).kind == kind)
        return index;
    QStringList ids;
    for (const FrontierFeature& f : kind == FeatureKind::Crossing ? d.crossings() : d.sectors())
        ids << f.id;
    throw usageError(QStringLiteral("--%1 %2: unknown %1 (known: %3)")
                         .arg(option, id.left(40), ids.join(QStringLiteral(", "))));
}

QJsonObject eventJson(const Dataset& d, const Event& e)
{
    const auto actor = [&](int a) {
        return a < 0 ? QJsonValue() : QJsonValue(d.actors()[static_cast<std::size_t>(a)].id);
    };
    QJsonArray sources, with, claims;
    for (int s : e.sources)
        sources << d.sources()[static_cast<std::size_t>(s)].id;
    for (int w : e.with)
        with << d.actors()[static_cast<std::size_t>(w)].id;
    for (const Claim& c : e.claims) {
        QJsonArray cs;
        for (int s : c.sources)
            cs << d.sources()[static_cast<std::size_t>(s)].id;
        claims << QJsonObject{
            {QStringLiteral("field"), c.field},
            {QStringLiteral("value"), c.value},
            {QStringLiteral("sources"), cs},
            {QStringLiteral("note"), c.note},
            {QStringLiteral("until"), c.until ? QJsonValue(c.until->toString()) : QJsonValue()}};
    }
    return {
        {QStringLiteral("id"), e.id},
        {QStringLiteral("date"), e.date.toString()},
        {QStringLiteral("end"), e.end ? QJsonValue(e.end->toString()) : QJsonValue()},
        {QStringLiteral("kind"), eventKindName(e.kind)},
        {QStringLiteral("crossing"), idOrNull(EventTable::featureId(d, e, FeatureKind::Crossing))},
        {QStringLiteral("sector"), idOrNull(EventTable::featureId(d, e, FeatureKind::Sector))},
        {QStringLiteral("side"), e.side ? QJsonValue(sideCode(*e.side)) : QJsonValue()},
        {QStringLiteral("actor"), actor(e.actor)},
        {QStringLiteral("with"), with},
        {QStringLiteral("status"), e.status ? QJsonValue(statusName(*e.status)) : QJsonValue()},
        {QStringLiteral("summary"), e.summary},
        {QStringLiteral("confidence"), confidenceName(e.confidence)},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("claims"), claims}};
}

// "out/events.geojson" → "out/events.sectors.geojson": GeoJSON holds one layer a file.
QString besides(const QString& path, const QString& layer)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + layer +
                               QStringLiteral(".geojson"));
}

// --gpkg FILE or --geojson FILE: the events, sectors and areas as GIS layers.
void writeLayers(const CommandLine& cli, const Timeline& timeline, const std::vector<int>& events)
{
    const std::vector<ExportLayer> layers = TemporalLayers::build(timeline, events);
    const bool gpkg = cli.isSet(QStringLiteral("gpkg"));
    const QString output = cli.value(gpkg ? QStringLiteral("gpkg") : QStringLiteral("geojson"));
    QString error;
    if (gpkg) {
        error = GdalIo::instance().writeGeoPackage(output, layers);
    } else {
        std::vector<std::pair<QString, ExportLayer>> files;
        for (const ExportLayer& l : layers)
            files.emplace_back(
                l.name == QStringLiteral("events") ? output : besides(output, l.name), l);
        error = GdalIo::instance().writeGeoJson(files);
    }
    if (!error.isEmpty())
        throw CliError(QStringLiteral("events: ") + error, kExitFailure);
    std::fprintf(stderr, "wrote %s (%zu events, %zu sectors, %zu areas)\n", qPrintable(output),
                 layers[0].features.size(), layers[1].features.size(), layers[2].features.size());
}

} // namespace

int runEvents(const QStringList& args)
{
    CommandLine cli(QStringLiteral("events"),
                    QStringLiteral("Lists events with their sources, in date order."));
    auto& p = cli.parser();
    p.addOption({QStringLiteral("from"), QStringLiteral("First day (default: the first event)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("to"), QStringLiteral("Last day (default: the last event)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("crossing"), QStringLiteral("Only this crossing's events."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("sector"), QStringLiteral("Only this frontier sector's events."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("gpkg"),
                 QStringLiteral("Write the events, the sectors and the areas as layers with "
                                "start and end dates to this GeoPackage (atomically)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("geojson"),
                 QStringLiteral("The same as GeoJSON: the events to FILE, the sectors and the "
                                "areas beside it (NAME.sectors.geojson, NAME.areas.geojson)."),
                 QStringLiteral("FILE")});
    cli.addFormatOptions(QStringLiteral("text"));
    if (!cli.parse(args))
        return kExitOk;
    const CommandLine::Format format = cli.format();
    const bool toFile = cli.isSet(QStringLiteral("gpkg")) || cli.isSet(QStringLiteral("geojson"));
    if ((cli.isSet(QStringLiteral("gpkg")) && cli.isSet(QStringLiteral("geojson"))) ||
        (toFile && format != CommandLine::Format::Text))
        throw usageError(QStringLiteral("events: give one of --json, --csv, --gpkg, --geojson"));
    const Date from =
        cli.isSet(QStringLiteral("from"))
            ? ArgumentParsers::date(QStringLiteral("from"), cli.value(QStringLiteral("from")))
            : Date::fromYmd(1900, 1, 1);
    const Date to =
        cli.isSet(QStringLiteral("to"))
            ? ArgumentParsers::date(QStringLiteral("to"), cli.value(QStringLiteral("to")))
            : Date::fromYmd(2100, 12, 31);
    if (to < from)
        throw usageError(QStringLiteral("events: --to %1 is before --from %2")
                             .arg(to.toString(), from.toString()));
    const Timeline timeline(DataLocator::load(cli.dataPath()));
    const Dataset& d = timeline.dataset();
    if (cli.isSet(QStringLiteral("crossing")) && cli.isSet(QStringLiteral("sector")))
        throw usageError(QStringLiteral("events: give --crossing or --sector, not both"));
    const int feature =
        std::max(featureOption(cli, d, QStringLiteral("crossing"), FeatureKind::Crossing),
                 featureOption(cli, d, QStringLiteral("sector"), FeatureKind::Sector));
    const auto events = timeline.eventsIn(from, to, feature);
    if (toFile) {
        writeLayers(cli, timeline, events);
        return kExitOk;
    }
    QTextStream out(stdout);
    if (format == CommandLine::Format::Csv) {
        out << EventTable::toCsv(d, events);
        return kExitOk;
    }
    if (format == CommandLine::Format::Json) {
        QJsonArray array;
        for (int i : events)
            array << eventJson(d, d.events()[static_cast<std::size_t>(i)]);
        out << QJsonDocument(QJsonObject{{QStringLiteral("events"), array}})
                   .toJson(QJsonDocument::Compact)
            << "\n";
        return kExitOk;
    }
    for (int i : events) {
        const Event& e = d.events()[static_cast<std::size_t>(i)];
        QStringList sources;
        for (int s : e.sources)
            sources << d.sources()[static_cast<std::size_t>(s)].id;
        out << e.date.toString().leftJustified(10) << "  " << eventKindName(e.kind).leftJustified(9)
            << (e.feature < 0 ? QStringLiteral("—") : d.feature(e.feature).id).leftJustified(20)
            << (e.side ? sideCode(*e.side) : QStringLiteral("  ")) << "  " << e.summary << "\n"
            << QString(44, QLatin1Char(' ')) << "sources: " << sources.join(QStringLiteral(", "))
            << "\n";
        for (const Claim& c : e.claims)
            out << QString(44, QLatin1Char(' ')) << "disputed " << EventTable::claimText(d, c)
                << "\n";
    }
    out << events.size() << " event(s)\n";
    return kExitOk;
}

} // namespace frontier
