#include "IntervalBuilder.h"

#include <algorithm>

namespace frontier {
namespace {

StateInterval gap(std::int32_t start, std::int32_t end)
{
    StateInterval g;
    g.start = start;
    g.end = end;
    return g;
}

// A claim on what the state was (not on when it began: date claims dispute a stretch of days).
bool disputesState(const Claim& c)
{
    return c.affectsState() && c.field != QLatin1String("date");
}

StateInterval fromEvent(const Event& e, int index, IntervalBuilder::Track track)
{
    StateInterval s;
    s.event = index;
    s.confidence = e.confidence;
    s.approximate = e.date.isApproximate();
    for (std::size_t c = 0; c < e.claims.size(); ++c)
        if (disputesState(e.claims[c]) && !e.claims[c].until)
            s.disputes.push_back({index, static_cast<int>(c)});
    s.disputed = !s.disputes.empty();
    if (track == IntervalBuilder::Track::Control) {
        s.actor = e.actor;
        s.with = e.with;
    } else {
        s.status = e.status.value_or(CrossingStatus::Unknown);
    }
    return s;
}

// Marks [from, to) disputed by `claim`, splitting intervals at its edges.
void markDisputed(Intervals& intervals, std::int32_t from, std::int32_t to, ClaimRef claim)
{
    Intervals out;
    out.reserve(intervals.size() + 2);
    for (StateInterval& s : intervals) {
        if (s.end <= from || s.start >= to) {
            out.push_back(std::move(s));
            continue;
        }
        if (s.start < from) {
            StateInterval before = s;
            before.end = from;
            out.push_back(std::move(before));
            s.start = from;
        }
        StateInterval inside = s;
        inside.end = std::min(s.end, to);
        inside.disputed = true;
        if (std::find(inside.disputes.begin(), inside.disputes.end(), claim) ==
            inside.disputes.end())
            inside.disputes.push_back(claim);
        out.push_back(std::move(inside));
        if (s.end > to) {
            s.start = to;
            out.push_back(std::move(s));
        }
    }
    intervals = std::move(out);
}

} // namespace

Intervals IntervalBuilder::build(const std::vector<Event>& events, const std::vector<int>& ordered,
                                 Track track)
{
    Intervals out;
    struct Window {
        std::int32_t from, to; // [from, to) of a claim with an "until"
        ClaimRef claim;
    };
    std::vector<Window> disputed;
    std::int32_t cursor = kTimelineStart;
    for (std::size_t k = 0; k < ordered.size(); ++k) {
        const Event& e = events[static_cast<std::size_t>(ordered[k])];
        const std::int32_t start = std::max(e.date.julianDay(), kTimelineStart);
        const std::int32_t next =
            k + 1 < ordered.size()
                ? events[static_cast<std::size_t>(ordered[k + 1])].date.julianDay()
                : kOpenEnd;
        std::int32_t stop = next;
        if (e.end)
            stop = std::min(stop, e.end->lastJulianDay() + 1);
        if (start > cursor)
            out.push_back(gap(cursor, start));
        if (stop > start) {
            StateInterval s = fromEvent(e, ordered[k], track);
            s.start = start;
            s.end = stop;
            out.push_back(std::move(s));
            cursor = stop;
            for (std::size_t c = 0; c < e.claims.size(); ++c) {
                const Claim& claim = e.claims[c];
                if (disputesState(claim) && claim.until)
                    disputed.push_back({start,
                                        std::min(stop, claim.until->lastJulianDay() + 1),
                                        {ordered[k], static_cast<int>(c)}});
            }
        } else {
            cursor = std::max(cursor, start);
        }
    }
    if (cursor < kOpenEnd)
        out.push_back(gap(cursor, kOpenEnd));

    // Where sources give different dates for an event, the stretch between them is disputed.
    for (int index : ordered) {
        const Event& e = events[static_cast<std::size_t>(index)];
        for (std::size_t k = 0; k < e.claims.size(); ++k) {
            const Claim& c = e.claims[k];
            if (c.field != QLatin1String("date"))
                continue;
            const auto alt = Date::parse(c.value);
            if (!alt)
                continue;
            // A later claim disputes through the end of its period ("2014-08": all of August).
            const std::int32_t a = std::min(alt->julianDay(), e.date.julianDay());
            const std::int32_t b = alt->julianDay() > e.date.julianDay() ? alt->lastJulianDay() + 1
                                                                         : e.date.julianDay();
            if (b > a)
                markDisputed(out, a, b, {index, static_cast<int>(k)});
        }
    }
    for (const Window& w : disputed)
        if (w.to > w.from)
            markDisputed(out, w.from, w.to, w.claim);
    return out;
}

} // namespace frontier
