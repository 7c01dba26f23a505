#include "ArgumentParsers.h"
#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "DataLocator.h"
#include "report/EventTable.h"
#include "time/Timeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace frontier {
namespace {

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
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("date"), e.date.toString()},
            {QStringLiteral("end"), e.end ? QJsonValue(e.end->toString()) : QJsonValue()},
            {QStringLiteral("kind"), eventKindName(e.kind)},
            {QStringLiteral("crossing"),
             e.feature < 0 ? QJsonValue()
                            : QJsonValue(d.feature(e.feature).id)},
            {QStringLiteral("side"), e.side ? QJsonValue(sideCode(*e.side)) : QJsonValue()},
            {QStringLiteral("actor"), actor(e.actor)},
            {QStringLiteral("with"), with},
            {QStringLiteral("status"), e.status ? QJsonValue(statusName(*e.status)) : QJsonValue()},
            {QStringLiteral("summary"), e.summary},
            {QStringLiteral("confidence"), confidenceName(e.confidence)},
            {QStringLiteral("sources"), sources},
            {QStringLiteral("claims"), claims}};
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
    cli.addFormatOptions(QStringLiteral("text"));
    if (!cli.parse(args))
        return kExitOk;
    const CommandLine::Format format = cli.format();
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
    int crossing = -1;
    if (cli.isSet(QStringLiteral("crossing"))) {
        crossing = d.featureIndex(cli.value(QStringLiteral("crossing")));
        if (crossing < 0) {
            QStringList ids;
            for (const FrontierFeature& c : d.crossings())
                ids << c.id;
            throw usageError(QStringLiteral("--crossing %1: unknown crossing (known: %2)")
                                 .arg(cli.value(QStringLiteral("crossing")).left(40),
                                      ids.join(QStringLiteral(", "))));
        }
    }
    const auto events = timeline.eventsIn(from, to, crossing);
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
            << (e.feature < 0 ? QStringLiteral("—")
                               : d.feature(e.feature).id)
                   .leftJustified(20)
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
