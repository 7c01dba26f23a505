#include "ArgumentParsers.h"
#include "CliError.h"
#include "Commands.h"
#include "CommandLine.h"
#include "DataLocator.h"
#include "JsonWriter.h"
#include "time/Timeline.h"

#include <QDate>
#include <QTextStream>

namespace frontier {
namespace {

QString actorId(const Dataset& d, int actor)
{
    return actor < 0 ? QStringLiteral("unknown") : d.actors()[static_cast<std::size_t>(actor)].id;
}

QString stateJson(const Timeline& t, Date date, const std::vector<CrossingState>& states)
{
    const Dataset& d = t.dataset();
    QStringList crossings;
    for (const CrossingState& s : states) {
        const Crossing& c = d.crossings()[static_cast<std::size_t>(s.crossing)];
        QList<std::pair<QString, QString>> sides;
        for (Side side : kSides) {
            const SideState& ss = s.side(side);
            QStringList with;
            for (int w : ss.with) with << JsonWriter::string(actorId(d, w));
            sides.push_back({sideCode(side), JsonWriter::object({{QStringLiteral("controller"), JsonWriter::string(actorId(d, ss.controller))},
                                                                 {QStringLiteral("with"), JsonWriter::array(with)}})});
        }
        crossings << JsonWriter::object({{QStringLiteral("id"), JsonWriter::string(c.id)},
                                         {QStringLiteral("lat"), JsonWriter::number(c.point.lat)},
                                         {QStringLiteral("lon"), JsonWriter::number(c.point.lon)},
                                         {QStringLiteral("status"), JsonWriter::string(statusName(s.status))},
                                         {QStringLiteral("approximate"), JsonWriter::boolean(s.approximate())},
                                         {QStringLiteral("disputed"), JsonWriter::boolean(s.disputed())},
                                         {QStringLiteral("sides"), JsonWriter::object(sides)}});
    }
    return JsonWriter::object({{QStringLiteral("date"), JsonWriter::string(date.toString())},
                               {QStringLiteral("crossings"), JsonWriter::array(crossings)}});
}

QString dayText(std::int32_t jd) { return jd == kOpenEnd ? QStringLiteral("—") : QDate::fromJulianDay(jd).toString(Qt::ISODate); }

} // namespace

int runState(const QStringList& args)
{
    CommandLine cli(QStringLiteral("state"), QStringLiteral("Prints every crossing's status and controllers on a date."));
    cli.parser().addOption({QStringLiteral("date"), QStringLiteral("The date (required)."), QStringLiteral("YYYY-MM-DD")});
    cli.parser().addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of a table.")});
    if (!cli.parse(args)) return kExitOk;
    const Date date = ArgumentParsers::date(QStringLiteral("date"), cli.required(QStringLiteral("date")));
    const Timeline timeline(DataLocator::load(cli.dataPath()));
    const auto states = timeline.stateAt(date);
    QTextStream out(stdout);
    if (cli.isSet(QStringLiteral("json"))) {
        out << stateJson(timeline, date, states) << "\n";
        return kExitOk;
    }
    const Dataset& d = timeline.dataset();
    out << "State on " << date.toString() << "\n";
    for (const CrossingState& s : states) {
        const Crossing& c = d.crossings()[static_cast<std::size_t>(s.crossing)];
        QStringList marks;
        if (s.approximate()) marks << QStringLiteral("approximate");
        if (s.disputed()) marks << QStringLiteral("disputed");
        out << "\n" << c.displayName() << "  [" << c.id << "]\n";
        out << QStringLiteral("  status  %1%2  (since %3, next change %4)\n")
                   .arg(statusName(s.status), marks.isEmpty() ? QString() : QStringLiteral(" (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')'))
                   .arg(dayText(s.statusSince), dayText(s.nextStatusChange));
        for (Side side : kSides) {
            const SideState& ss = s.side(side);
            QStringList with;
            for (int w : ss.with) with << actorId(d, w);
            out << QStringLiteral("  %1      %2%3  (since %4, next change %5)\n")
                       .arg(sideCode(side), actorId(d, ss.controller),
                            with.isEmpty() ? QString() : QStringLiteral(" with ") + with.join(QStringLiteral(", ")))
                       .arg(dayText(ss.since), dayText(ss.nextChange));
        }
    }
    return kExitOk;
}

} // namespace frontier
