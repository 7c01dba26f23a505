#include "ArgumentParsers.h"
#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "DataLocator.h"
#include "JsonWriter.h"
#include "report/StateTable.h"
#include "time/Timeline.h"

#include <QDate>
#include <QTextStream>

#include <cmath>

namespace frontier {
namespace {

// {"IQ":{"controller":…,"with":[…]},"SY":{…}}
QString sidesJson(const Dataset& d, const FeatureState& s)
{
    QList<std::pair<QString, QString>> sides;
    for (Side side : kSides) {
        const SideState& ss = s.side(side);
        QStringList with;
        for (int w : ss.with)
            with << JsonWriter::string(d.actorId(w));
        sides.push_back({sideCode(side),
                         JsonWriter::object({{QStringLiteral("controller"),
                                              JsonWriter::string(d.actorId(ss.controller))},
                                             {QStringLiteral("with"), JsonWriter::array(with)}})});
    }
    return JsonWriter::object(sides);
}

QString km(double value)
{
    return JsonWriter::number(std::round(value * 10) / 10);
}

QString stateJson(const Timeline& t, Date date, std::span<const FeatureState> states)
{
    const Dataset& d = t.dataset();
    QStringList crossings, sectors;
    for (const FeatureState& s : states) {
        const FrontierFeature& f = d.feature(s.feature);
        if (f.isCrossing())
            crossings << JsonWriter::object(
                {{QStringLiteral("id"), JsonWriter::string(f.id)},
                 {QStringLiteral("lat"), JsonWriter::number(f.point.lat)},
                 {QStringLiteral("lon"), JsonWriter::number(f.point.lon)},
                 {QStringLiteral("km"), km(f.fromKm)},
                 {QStringLiteral("status"), JsonWriter::string(statusName(s.status))},
                 {QStringLiteral("approximate"), JsonWriter::boolean(s.approximate())},
                 {QStringLiteral("disputed"), JsonWriter::boolean(s.disputed())},
                 {QStringLiteral("sides"), sidesJson(d, s)}});
        else
            sectors << JsonWriter::object(
                {{QStringLiteral("id"), JsonWriter::string(f.id)},
                 {QStringLiteral("name"), JsonWriter::string(f.name)},
                 {QStringLiteral("from_km"), km(f.fromKm)},
                 {QStringLiteral("to_km"), km(f.toKm)},
                 {QStringLiteral("approximate"), JsonWriter::boolean(s.approximate())},
                 {QStringLiteral("disputed"), JsonWriter::boolean(s.disputed())},
                 {QStringLiteral("sides"), sidesJson(d, s)}});
    }
    const DateRange& coverage = d.coverage();
    return JsonWriter::object(
        {{QStringLiteral("date"), JsonWriter::string(date.toString())},
         {QStringLiteral("coverage"),
          JsonWriter::object(
              {{QStringLiteral("from"), JsonWriter::string(coverage.from.toString())},
               {QStringLiteral("to"), JsonWriter::string(coverage.to.toString())}})},
         {QStringLiteral("in_coverage"), JsonWriter::boolean(t.inCoverage(date))},
         {QStringLiteral("crossings"), JsonWriter::array(crossings)},
         {QStringLiteral("frontier"), JsonWriter::array(sectors)}});
}

QString dayText(std::int32_t jd)
{
    return jd == kOpenEnd ? QStringLiteral("—") : QDate::fromJulianDay(jd).toString(Qt::ISODate);
}

// " (approximate, disputed)", or nothing.
QString marks(bool approximate, bool disputed)
{
    QStringList m;
    if (approximate)
        m << QStringLiteral("approximate");
    if (disputed)
        m << QStringLiteral("disputed");
    return m.isEmpty() ? QString()
                       : QStringLiteral(" (") + m.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// "iraq with pmf"
QString holder(const Dataset& d, const SideState& ss)
{
    QStringList with;
    for (int w : ss.with)
        with << d.actorId(w);
    return d.actorId(ss.controller) +
           (with.isEmpty() ? QString()
                           : QStringLiteral(" with ") + with.join(QStringLiteral(", ")));
}

void printCrossing(QTextStream& out, const Dataset& d, const FeatureState& s)
{
    const FrontierFeature& c = d.feature(s.feature);
    out << "\n" << c.displayName() << "  [" << c.id << "]\n";
    out << QStringLiteral("  status  %1%2  (%3, next change %4)\n")
               .arg(statusName(s.status), marks(s.statusApproximate, s.statusDisputed),
                    StateTable::since(s.statusSinceDate), dayText(s.nextStatusChange));
    for (Side side : kSides) {
        const SideState& ss = s.side(side);
        out << QStringLiteral("  %1      %2%3  (%4, next change %5)\n")
                   .arg(sideCode(side), holder(d, ss), marks(ss.approximate, ss.disputed),
                        StateTable::since(ss.sinceDate), dayText(ss.nextChange));
    }
}

// "  147.0–231.9 km  Name  IQ iraq  SY isis (approximate)"
void printSector(QTextStream& out, const Dataset& d, const FeatureState& s)
{
    const FrontierFeature& f = d.feature(s.feature);
    out << QStringLiteral("  %1–%2 km  %3  IQ %4  SY %5%6\n")
               .arg(f.fromKm, 5, 'f', 1)
               .arg(f.toKm, 5, 'f', 1)
               .arg(f.name, holder(d, s.side(Side::IQ)), holder(d, s.side(Side::SY)),
                    marks(s.approximate(), s.disputed()));
}

void printText(QTextStream& out, const Timeline& timeline, Date date,
               std::span<const FeatureState> states)
{
    const Dataset& d = timeline.dataset();
    out << "State on " << date.toString() << "\n";
    if (!timeline.inCoverage(date))
        out << QStringLiteral(
                   "%1 is outside the data's coverage (%2 to %3): every state is unknown.\n")
                   .arg(date.toString(), d.coverage().from.toString(), d.coverage().to.toString());
    const std::size_t crossings = d.crossings().size();
    for (const FeatureState& s : states.first(crossings))
        printCrossing(out, d, s);
    out << "\nFrontier sectors (km from the Jordan–Iraq–Syria tripoint)\n";
    for (const FeatureState& s : states.subspan(crossings))
        printSector(out, d, s);
}

} // namespace

int runState(const QStringList& args)
{
    CommandLine cli(
        QStringLiteral("state"),
        QStringLiteral("Prints every crossing's status and controllers, and who held each "
                       "sector of the frontier, on a date."));
    cli.parser().addOption({QStringLiteral("date"), QStringLiteral("The date (required)."),
                            QStringLiteral("YYYY-MM-DD")});
    cli.addFormatOptions(QStringLiteral("a table"));
    if (!cli.parse(args))
        return kExitOk;
    const CommandLine::Format format = cli.format();
    const Date date =
        ArgumentParsers::date(QStringLiteral("date"), cli.required(QStringLiteral("date")));
    const Timeline timeline(DataLocator::load(cli.dataPath()));
    const std::vector<FeatureState> states = timeline.stateAt(date);
    QTextStream out(stdout);
    switch (format) {
    case CommandLine::Format::Json:
        out << stateJson(timeline, date, states) << "\n";
        break;
    case CommandLine::Format::Csv:
        out << StateTable::toCsv(timeline, date,
                                 std::span(states).first(timeline.dataset().crossings().size()));
        break;
    case CommandLine::Format::Text:
        printText(out, timeline, date, states);
        break;
    }
    return kExitOk;
}

} // namespace frontier
