#include "ArgumentParsers.h"
#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "DataLocator.h"
#include "JsonWriter.h"
#include "report/ChangeList.h"
#include "report/Csv.h"
#include "time/Timeline.h"

#include <QTextStream>

namespace frontier {
namespace {

QString kindName(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Control:
        return QStringLiteral("control");
    case Change::Kind::Status:
        return QStringLiteral("status");
    case Change::Kind::AreaBegan:
        return QStringLiteral("area-began");
    case Change::Kind::AreaEnded:
        return QStringLiteral("area-ended");
    case Change::Kind::AreaBetween:
        return QStringLiteral("area-between");
    }
    return {};
}

QStringList ids(const Dataset& d, const std::vector<int>& events)
{
    QStringList out;
    for (int e : events)
        out << d.events()[static_cast<std::size_t>(e)].id;
    return out;
}

QString subject(const Dataset& d, const Change& c)
{
    return c.isArea() ? d.areas()[static_cast<std::size_t>(c.area)].id : d.feature(c.feature).id;
}

QString eventId(const Dataset& d, const Change& c)
{
    return c.event < 0 ? QString() : d.events()[static_cast<std::size_t>(c.event)].id;
}

QString holderJson(const Dataset& d, const Holder& h)
{
    QStringList with;
    for (int w : h.with)
        with << JsonWriter::string(d.actorId(w));
    return JsonWriter::object(
        {{QStringLiteral("controller"), JsonWriter::string(d.actorId(h.controller))},
         {QStringLiteral("with"), JsonWriter::array(with)}});
}

QString strings(const QStringList& items)
{
    QStringList encoded;
    for (const QString& s : items)
        encoded << JsonWriter::string(s);
    return JsonWriter::array(encoded);
}

QString changeJson(const Dataset& d, const Change& c)
{
    QList<std::pair<QString, QString>> m{
        {QStringLiteral("kind"), JsonWriter::string(kindName(c.kind))}};
    if (c.isArea()) {
        m.push_back({QStringLiteral("area"), JsonWriter::string(subject(d, c))});
    } else {
        m.push_back({QStringLiteral("feature"), JsonWriter::string(subject(d, c))});
        m.push_back(
            {QStringLiteral("feature_kind"),
             JsonWriter::string(d.feature(c.feature).isCrossing() ? QStringLiteral("crossing")
                                                                  : QStringLiteral("sector"))});
    }
    if (c.kind == Change::Kind::Control) {
        m.push_back({QStringLiteral("side"), JsonWriter::string(sideCode(c.side))});
        m.push_back({QStringLiteral("from"), holderJson(d, c.before)});
        m.push_back({QStringLiteral("to"), holderJson(d, c.after)});
    } else if (c.kind == Change::Kind::Status) {
        m.push_back({QStringLiteral("from"), JsonWriter::string(statusName(c.statusBefore))});
        m.push_back({QStringLiteral("to"), JsonWriter::string(statusName(c.statusAfter))});
    }
    m.push_back({QStringLiteral("since"), c.since.isValid() ? JsonWriter::string(c.since.toString())
                                                            : QStringLiteral("null")});
    if (!c.isArea()) {
        m.push_back({QStringLiteral("event"),
                     c.event < 0 ? QStringLiteral("null") : JsonWriter::string(eventId(d, c))});
        m.push_back({QStringLiteral("events"), strings(ids(d, c.path))});
    }
    m.push_back({QStringLiteral("sources"), strings(d.sourceIds(ChangeList::sources(d, c)))});
    m.push_back({QStringLiteral("text"), JsonWriter::string(ChangeList::describe(d, c))});
    return JsonWriter::object(m);
}

QString json(const Timeline& t, Date from, Date to, const std::vector<Change>& changes)
{
    const Dataset& d = t.dataset();
    QStringList items;
    for (const Change& c : changes)
        items << changeJson(d, c);
    return JsonWriter::object(
        {{QStringLiteral("from"), JsonWriter::string(from.toString())},
         {QStringLiteral("to"), JsonWriter::string(to.toString())},
         {QStringLiteral("in_coverage"),
          JsonWriter::object({{QStringLiteral("from"), JsonWriter::boolean(t.inCoverage(from))},
                              {QStringLiteral("to"), JsonWriter::boolean(t.inCoverage(to))}})},
         {QStringLiteral("changes"), JsonWriter::array(items)}});
}

QString csv(const Dataset& d, const std::vector<Change>& changes)
{
    QString out =
        Csv::row({QStringLiteral("kind"), QStringLiteral("subject"), QStringLiteral("side"),
                  QStringLiteral("change"), QStringLiteral("since"), QStringLiteral("event"),
                  QStringLiteral("events"), QStringLiteral("sources")});
    for (const Change& c : changes)
        out += Csv::row({kindName(c.kind), subject(d, c),
                         c.kind == Change::Kind::Control ? sideCode(c.side) : QString(),
                         ChangeList::describe(d, c),
                         c.since.isValid() ? c.since.toString() : QString(), eventId(d, c),
                         ids(d, c.path).join(u' '),
                         d.sourceIds(ChangeList::sources(d, c)).join(u' ')});
    return out;
}

void printText(QTextStream& out, const Timeline& t, Date from, Date to,
               const std::vector<Change>& changes)
{
    const Dataset& d = t.dataset();
    out << QStringLiteral("Changes from %1 to %2: %3\n")
               .arg(from.toString(), to.toString())
               .arg(changes.size());
    for (const Date date : {from, to})
        if (!t.inCoverage(date))
            out << QStringLiteral("%1 is outside the data's coverage (%2 to %3): every state is "
                                  "unknown there.\n")
                       .arg(date.toString(), d.coverage().from.toString(),
                            d.coverage().to.toString());
    for (const Change& c : changes) {
        out << "\n  " << ChangeList::describe(d, c) << "\n";
        out << "      " << ChangeList::facts(d, c) << "\n";
        const QStringList sources = d.sourceIds(ChangeList::sources(d, c));
        if (!sources.isEmpty())
            out << "      sources: " << sources.join(QStringLiteral(", ")) << "\n";
    }
}

} // namespace

int runChanges(const QStringList& args)
{
    CommandLine cli(QStringLiteral("changes"),
                    QStringLiteral("Lists what changed between two dates: each crossing's "
                                   "status, who held each side of every crossing and sector, and "
                                   "the dated areas, each with its event and sources."));
    auto& p = cli.parser();
    p.addOption({QStringLiteral("from"), QStringLiteral("The earlier date (required)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("to"), QStringLiteral("The later date (required)."),
                 QStringLiteral("YYYY-MM-DD")});
    cli.addFormatOptions(QStringLiteral("text"));
    if (!cli.parse(args))
        return kExitOk;
    const CommandLine::Format format = cli.format();
    const Date from =
        ArgumentParsers::date(QStringLiteral("from"), cli.required(QStringLiteral("from")));
    const Date to = ArgumentParsers::date(QStringLiteral("to"), cli.required(QStringLiteral("to")));
    if (to < from)
        throw usageError(QStringLiteral("changes: --to %1 is before --from %2")
                             .arg(to.toString(), from.toString()));
    const Timeline timeline(DataLocator::load(cli.dataPath()));
    const std::vector<Change> changes = ChangeList::between(timeline, from, to);
    QTextStream out(stdout);
    switch (format) {
    case CommandLine::Format::Json:
        out << json(timeline, from, to, changes) << "\n";
        break;
    case CommandLine::Format::Csv:
        out << csv(timeline.dataset(), changes);
        break;
    case CommandLine::Format::Text:
        printText(out, timeline, from, to, changes);
        break;
    }
    return kExitOk;
}

} // namespace frontier
