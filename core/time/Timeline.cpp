#include "Timeline.h"

#include "IntervalBuilder.h"

#include <algorithm>

namespace frontier {
namespace {

const StateInterval& find(const Intervals& intervals, std::int32_t jd)
{
    // Intervals are contiguous from kTimelineStart; the last one whose start <= jd holds.
    auto it = std::upper_bound(intervals.begin(), intervals.end(), jd,
                               [](std::int32_t d, const StateInterval& s) { return d < s.start; });
    return it == intervals.begin() ? intervals.front() : *(it - 1);
}

// When the state began: its governing event's date (a dispute window may split the interval),
// else the day a gap began; invalid for the gap at the start of the record.
Date sinceDate(const StateInterval& s, const std::vector<Event>& events)
{
    if (s.event >= 0)
        return events[static_cast<std::size_t>(s.event)].date;
    return s.start == kTimelineStart ? Date{} : Date::fromJulianDay(s.start);
}

std::int32_t since(const StateInterval& s, const std::vector<Event>& events)
{
    return s.event < 0 ? s.start
                       : std::max(kTimelineStart,
                                  events[static_cast<std::size_t>(s.event)].date.julianDay());
}

SideState sideState(const StateInterval& s, const std::vector<Event>& events,
                    std::int32_t coverageEnd)
{
    SideState out;
    out.controller = s.actor;
    out.with = std::span<const int>(s.with);
    out.event = s.event;
    out.since = since(s, events);
    out.sinceDate = sinceDate(s, events);
    out.nextChange = std::min(s.end, coverageEnd);
    out.approximate = s.approximate;
    out.disputed = s.disputed;
    out.disputes = std::span<const ClaimRef>(s.disputes);
    return out;
}

} // namespace

Timeline::Timeline(std::shared_ptr<const Dataset> dataset) : m_dataset(std::move(dataset))
{
    const auto& events = m_dataset->events();
    const std::size_t features = m_dataset->features().size();

    m_byDate.resize(events.size());
    for (std::size_t i = 0; i < events.size(); ++i)
        m_byDate[i] = static_cast<int>(i);
    // Application order: date, then `order`, then place in the file (stable sort).
    std::stable_sort(m_byDate.begin(), m_byDate.end(), [&](int a, int b) {
        const Event& x = events[static_cast<std::size_t>(a)];
        const Event& y = events[static_cast<std::size_t>(b)];
        if (x.date.julianDay() != y.date.julianDay())
            return x.date.julianDay() < y.date.julianDay();
        return x.order < y.order;
    });

    std::vector<std::array<std::vector<int>, 2>> controlEvents(features);
    std::vector<std::vector<int>> statusEvents(features);
    for (int i : m_byDate) {
        const Event& e = events[static_cast<std::size_t>(i)];
        if (e.feature < 0)
            continue;
        if (e.kind == EventKind::Control && e.side)
            controlEvents[static_cast<std::size_t>(e.feature)][static_cast<std::size_t>(*e.side)]
                .push_back(i);
        else if (e.kind == EventKind::Status)
            statusEvents[static_cast<std::size_t>(e.feature)].push_back(i);
    }
    m_control.resize(features);
    m_status.resize(features); // a sector's stays one gap: it has no status events
    for (std::size_t c = 0; c < features; ++c) {
        for (int s = 0; s < kSideCount; ++s)
            m_control[c][static_cast<std::size_t>(s)] =
                IntervalBuilder::build(events, controlEvents[c][static_cast<std::size_t>(s)],
                                       IntervalBuilder::Track::Control);
        m_status[c] =
            IntervalBuilder::build(events, statusEvents[c], IntervalBuilder::Track::Status);
    }

    // Changes happen where events start and where a span's knowledge ends (the day after `end`).
    m_changeDays.reserve(events.size());
    for (const Event& e : events) {
        m_changeDays.push_back(e.date.julianDay());
        if (e.end)
            m_changeDays.push_back(e.end->lastJulianDay() + 1);
    }
    std::sort(m_changeDays.begin(), m_changeDays.end());
    m_changeDays.erase(std::unique(m_changeDays.begin(), m_changeDays.end()), m_changeDays.end());
}

bool Timeline::inCoverage(Date date) const
{
    return m_dataset->coverage().contains(date);
}

FeatureState Timeline::featureStateAt(int feature, Date date) const
{
    const std::int32_t jd = date.julianDay();
    const DateRange& coverage = m_dataset->coverage();
    // The day after the coverage: where every state turns unknown.
    const std::int32_t coverageEnd = coverage.to.lastJulianDay() + 1;
    FeatureState state;
    state.feature = feature;
    if (!inCoverage(date)) {
        const bool before = jd < coverage.from.julianDay();
        state.statusSince = before ? kTimelineStart : coverageEnd;
        state.statusSinceDate = before ? Date{} : Date::fromJulianDay(coverageEnd);
        state.nextStatusChange = before ? coverage.from.julianDay() : kOpenEnd;
        for (SideState& side : state.sides) {
            side.since = state.statusSince;
            side.sinceDate = state.statusSinceDate;
            side.nextChange = state.nextStatusChange;
        }
        return state;
    }
    const auto c = static_cast<std::size_t>(feature);
    const StateInterval& st = find(m_status[c], jd);
    state.status = st.status;
    state.statusEvent = st.event;
    state.statusSince = since(st, m_dataset->events());
    state.statusSinceDate = sinceDate(st, m_dataset->events());
    state.nextStatusChange = std::min(st.end, coverageEnd);
    state.statusApproximate = st.approximate;
    state.statusDisputed = st.disputed;
    state.statusDisputes = std::span<const ClaimRef>(st.disputes);
    for (int s = 0; s < kSideCount; ++s)
        state.sides[static_cast<std::size_t>(s)] = sideState(
            find(m_control[c][static_cast<std::size_t>(s)], jd), m_dataset->events(), coverageEnd);
    return state;
}

void Timeline::stateAt(Date date, std::vector<FeatureState>& out) const
{
    const std::size_t n = m_status.size();
    out.resize(n);
    for (std::size_t c = 0; c < n; ++c)
        out[c] = featureStateAt(static_cast<int>(c), date);
}

std::vector<FeatureState> Timeline::stateAt(Date date) const
{
    std::vector<FeatureState> out;
    stateAt(date, out);
    return out;
}

std::vector<int> Timeline::eventsIn(Date from, Date to, int feature) const
{
    std::vector<int> out;
    const auto& events = m_dataset->events();
    const std::int32_t a = from.julianDay();
    const std::int32_t b = to.lastJulianDay();
    for (int i : m_byDate) {
        const Event& e = events[static_cast<std::size_t>(i)];
        if (e.date.julianDay() > b)
            break;
        const std::int32_t last =
            std::max(e.date.lastJulianDay(), e.end ? e.end->lastJulianDay() : 0);
        if (last < a)
            continue;
        if (feature >= 0 && e.feature != feature)
            continue;
        out.push_back(i);
    }
    return out;
}

std::vector<int> Timeline::eventsOf(int feature) const
{
    std::vector<int> out;
    for (int i : m_byDate)
        if (m_dataset->events()[static_cast<std::size_t>(i)].feature == feature)
            out.push_back(i);
    return out;
}

std::optional<Date> Timeline::previousChange(Date date) const
{
    auto it = std::lower_bound(m_changeDays.begin(), m_changeDays.end(), date.julianDay());
    if (it == m_changeDays.begin())
        return std::nullopt;
    return Date::fromJulianDay(*(it - 1));
}

std::optional<Date> Timeline::nextChange(Date date) const
{
    auto it = std::upper_bound(m_changeDays.begin(), m_changeDays.end(), date.julianDay());
    if (it == m_changeDays.end())
        return std::nullopt;
    return Date::fromJulianDay(*it);
}

Date Timeline::firstEventDate() const
{
    return m_byDate.empty()
               ? Date{}
               : m_dataset->events()[static_cast<std::size_t>(m_byDate.front())].date.firstDay();
}

Date Timeline::lastEventDate() const
{
    return m_byDate.empty()
               ? Date{}
               : m_dataset->events()[static_cast<std::size_t>(m_byDate.back())].date.firstDay();
}

const Intervals& Timeline::controlIntervals(int feature, Side side) const
{
    return m_control[static_cast<std::size_t>(feature)][static_cast<std::size_t>(side)];
}

const Intervals& Timeline::statusIntervals(int crossing) const
{
    return m_status[static_cast<std::size_t>(crossing)];
}

} // namespace frontier
