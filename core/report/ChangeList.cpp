#include "ChangeList.h"

#include "model/Dataset.h"
#include "time/Timeline.h"

#include <algorithm>

namespace frontier {
namespace {

// The dataset's `unknown` actor and a gap in the record read the same: nobody known.
Holder holderOf(const Dataset& d, const SideState& s)
{
    Holder h{s.controller == d.unknownActor() ? -1 : s.controller,
             std::vector<int>(s.with.begin(), s.with.end())};
    std::sort(h.with.begin(), h.with.end());
    return h;
}

// The events of intervals that begin after `from` through `to`.
std::vector<int> pathThrough(const Intervals& intervals, std::int32_t from, std::int32_t to)
{
    std::vector<int> events;
    for (const StateInterval& i : intervals)
        if (from < i.start && i.start <= to && !i.isGap())
            events.push_back(i.event);
    return events;
}

void addAreaChanges(const Dataset& d, Date from, Date to, std::vector<Change>& out)
{
    for (std::size_t i = 0; i < d.areas().size(); ++i) {
        const DatedArea& a = d.areas()[i];
        const bool before = a.holdsOn(from), after = a.holdsOn(to);
        Change c;
        c.area = static_cast<int>(i);
        if (!before && after) {
            c.kind = Change::Kind::AreaBegan;
            c.since = a.start;
        } else if (before && !after) {
            c.kind = Change::Kind::AreaEnded;
            c.since = *a.end;
        } else if (!before && !after && from.julianDay() < a.start.julianDay() &&
                   a.start.julianDay() <= to.julianDay()) {
            c.kind = Change::Kind::AreaBetween;
            c.since = a.start;
        } else {
            continue;
        }
        out.push_back(c);
    }
}

} // namespace

std::vector<Change> ChangeList::between(const Timeline& t, Date from, Date to)
{
    std::vector<Change> out;
    const Dataset& d = t.dataset();
    const std::int32_t a = from.julianDay(), b = to.julianDay();
    for (int f = 0; f < static_cast<int>(d.features().size()); ++f) {
        const FeatureState early = t.featureStateAt(f, from), late = t.featureStateAt(f, to);
        if (d.feature(f).isCrossing() && early.status != late.status) {
            Change c;
            c.kind = Change::Kind::Status;
            c.feature = f;
            c.statusBefore = early.status;
            c.statusAfter = late.status;
            c.event = late.statusEvent;
            c.since = late.statusSinceDate;
            c.path = pathThrough(t.statusIntervals(f), a, b);
            out.push_back(std::move(c));
        }
        for (const Side side : kSides) {
            Holder before = holderOf(d, early.side(side)), after = holderOf(d, late.side(side));
            if (before == after)
                continue;
            Change c;
            c.kind = Change::Kind::Control;
            c.feature = f;
            c.side = side;
            c.before = std::move(before);
            c.after = std::move(after);
            c.event = late.side(side).event;
            c.since = late.side(side).sinceDate;
            c.path = pathThrough(t.controlIntervals(f, side), a, b);
            out.push_back(std::move(c));
        }
    }
    addAreaChanges(d, from, to, out);
    return out;
}

namespace {

QString actorName(const Dataset& d, int actor)
{
    if (actor < 0)
        return QStringLiteral("unknown");
    const Actor& a = d.actors()[static_cast<std::size_t>(actor)];
    return a.shortName.isEmpty() ? a.name : a.shortName;
}

QString holderText(const Dataset& d, const Holder& h)
{
    QStringList with;
    for (int w : h.with)
        with << actorName(d, w);
    return actorName(d, h.controller) +
           (with.isEmpty() ? QString()
                           : QStringLiteral(" with ") + with.join(QStringLiteral(", ")));
}

} // namespace

QString ChangeList::describe(const Dataset& d, const Change& c)
{
    if (c.isArea()) {
        const DatedArea& a = d.areas()[static_cast<std::size_t>(c.area)];
        switch (c.kind) {
        case Change::Kind::AreaBegan:
            return QStringLiteral("%1 began").arg(a.name);
        case Change::Kind::AreaEnded:
            return QStringLiteral("%1 ended").arg(a.name);
        default:
            return QStringLiteral("%1 held from %2 to %3 only")
                .arg(a.name, a.start.toString(), a.end ? a.end->toString() : QString());
        }
    }
    // Sectors share names with their crossings ("Rabia / al-Yarubiyah"): say which is meant.
    const FrontierFeature& f = d.feature(c.feature);
    const QString feature = f.isCrossing() ? f.displayName()
                                           : QStringLiteral("%1 sector (km %2–%3)")
                                                 .arg(f.displayName())
                                                 .arg(f.fromKm, 0, 'f', 0)
                                                 .arg(f.toKm, 0, 'f', 0);
    if (c.kind == Change::Kind::Status)
        return QStringLiteral("%1: %2 → %3")
            .arg(feature, statusName(c.statusBefore), statusName(c.statusAfter));
    return QStringLiteral("%1, %2 side: %3 → %4")
        .arg(feature, c.side == Side::IQ ? QStringLiteral("Iraqi") : QStringLiteral("Syrian"),
             holderText(d, c.before), holderText(d, c.after));
}

QString ChangeList::facts(const Dataset& d, const Change& c)
{
    QStringList facts;
    if (c.since.isValid())
        facts << QStringLiteral("since ") + c.since.toString();
    if (!c.isArea())
        facts << (c.event < 0 ? QStringLiteral("no source covers the later date")
                              : QStringLiteral("event ") +
                                    d.events()[static_cast<std::size_t>(c.event)].id);
    if (c.path.size() > 1)
        facts << QStringLiteral("%1 events on the way").arg(c.path.size());
    return facts.join(QStringLiteral(" · "));
}

std::vector<int> ChangeList::sources(const Dataset& d, const Change& c)
{
    if (c.isArea())
        return d.areas()[static_cast<std::size_t>(c.area)].sources;
    if (c.event < 0)
        return {};
    return d.events()[static_cast<std::size_t>(c.event)].sources;
}

} // namespace frontier
