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

namespace frontier {
namespace {

QString stateJson(const Timeline& t, Date date, std::span<const FeatureState> states)
{
    const Dataset& d = t.dataset();
    QStringList crossings;
    for (const FeatureState& s : states) {
        const FrontierFeature& c = d.feature(s.feature);
        QList<std::pair<QString, QString>> sides;
        for (Side side : kSides) {
            const SideState& ss = s.side(side);
            QStringList with;
            for (int w : ss.with)
                with << JsonWriter::string(d.actorId(w));
            sides.push_back(
                {sideCode(side),
                 JsonWriter::object(
                     {{QStringLiteral("controller"), JsonWriter::string(d.actorId(ss.controller))},
                      {QStringLiteral("with"), JsonWriter::array(with)}})});
        }
        crossings << JsonWriter::object(
            {{QStringLiteral("id"), JsonWriter::string(c.id)},
             {QStringLiteral("lat"), JsonWriter::number(c.point.lat)},
             {QStringLiteral("lon"), JsonWriter::number(c.point.lon)},
             {QStringLiteral("status"), JsonWriter::string(statusName(s.status))},
             {QStringLiteral("approximate"), JsonWriter::boolean(s.approximate())},
             {QStringLiteral("disputed"), JsonWriter::boolean(s.disputed())},
             {QStringLiteral("sides"), JsonWriter::object(sides)}});
    }
    const DateRange& coverage = d.coverage();
    return JsonWriter::object(
        {{QStringLiteral("date"), JsonWriter::string(date.toString())},
         {QStringLiteral("coverage"),
          JsonWriter::object(
              {{QStringLiteral("from"), JsonWriter::string(coverage.from.toString())},
               {QStringLiteral("to"), JsonWriter::string(coverage.to.toString())}})},
         {QStringLiteral("in_coverage"), JsonWriter::boolean(t.inCoverage(date))},
         {QStringLiteral("crossings"), JsonWriter::array(crossings)}});
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

void printText(QTextStream& out, const Timeline& timeline, Date date,
               std::span<const FeatureState> states)
{
    const Dataset& d = timeline.dataset();
    out << "State on " << date.toString() << "\n";
    if (!timeline.inCoverage(date))
        out << QStringLiteral(
                   "%1 is outside the data's coverage (%2 to %3): every state is unknown.\n")
                   .arg(date.toString(), d.coverage().from.toString(), d.coverage().to.toString());
    for (const FeatureState& s : states) {
        const FrontierFeature& c = d.feature(s.feature);
        out << "\n" << c.displayName() << "  [" << c.id << "]\n";
        out << QStringLiteral("  status  %1%2  (%3, next change %4)\n")
                   .arg(statusName(s.status), marks(s.statusApproximate, s.statusDisputed),
                        StateTable::since(s.statusSinceDate), dayText(s.nextStatusChange));
        for (Side side : kSides) {
            const SideState& ss = s.side(side);
            QStringList with;
            for (int w : ss.with)
                with << d.actorId(w);
            out << QStringLiteral("  %1      %2%3%4  (%5, next change %6)\n")
                       .arg(sideCode(side), d.actorId(ss.controller),
                            with.isEmpty()
                                ? QString()
                                : QStringLiteral(" with ") + with.join(QStringLiteral(", ")),
                            marks(ss.approximate, ss.disputed), StateTable::since(ss.sinceDate),
                            dayText(ss.nextChange));
        }
    }
}

} // namespace

int runState(const QStringList& args)
{
    CommandLine cli(QStringLiteral("state"),
                    QStringLiteral("Prints every crossing's status and controllers on a date."));
    cli.parser().addOption({QStringLiteral("date"), QStringLiteral("The date (required)."),
                            QStringLiteral("YYYY-MM-DD")});
    cli.addFormatOptions(QStringLiteral("a table"));
    if (!cli.parse(args))
        return kExitOk;
    const CommandLine::Format format = cli.format();
    const Date date =
        ArgumentParsers::date(QStringLiteral("date"), cli.required(QStringLiteral("date")));
    const Timeline timeline(DataLocator::load(cli.dataPath()));
    const auto all = timeline.stateAt(date);
    const auto states = std::span(all).first(timeline.dataset().crossings().size());
    QTextStream out(stdout);
    switch (format) {
    case CommandLine::Format::Json:
        out << stateJson(timeline, date, states) << "\n";
        break;
    case CommandLine::Format::Csv:
        out << StateTable::toCsv(timeline, date, states);
        break;
    case CommandLine::Format::Text:
        printText(out, timeline, date, states);
        break;
    }
    return kExitOk;
}

} // namespace frontier
