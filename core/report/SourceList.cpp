#include "SourceList.h"

#include "time/Timeline.h"

#include <algorithm>
#include <climits>
#include <set>
#include <tuple>

namespace frontier {

std::vector<int> SourceList::behind(const Timeline& timeline, std::span<const Date> dates)
{
    const Dataset& d = timeline.dataset();
    std::set<int> found;
    const auto addEvent = [&](int event) {
        if (event >= 0)
            found.insert(d.events()[static_cast<std::size_t>(event)].sources.begin(),
                         d.events()[static_cast<std::size_t>(event)].sources.end());
    };
    for (const Date date : dates) {
        for (const FeatureState& state : timeline.stateAt(date)) {
            addEvent(state.statusEvent);
            for (const SideState& side : state.sides)
                addEvent(side.event);
        }
        for (const DatedArea& area : d.areas()) // as DatedAreasLayer draws them
            if (area.holdsOn(date))
                found.insert(area.sources.begin(), area.sources.end());
    }
    std::vector<int> sources(found.begin(), found.end());
    using Key = std::tuple<std::int32_t, const QString&, const QString&, const QString&>;
    const auto key = [&](int i) {
        const Source& s = d.sources()[static_cast<std::size_t>(i)];
        // An undated source goes last.
        return Key(s.published.isValid() ? s.published.julianDay() : INT32_MAX, s.outlet, s.title,
                   s.id);
    };
    std::sort(sources.begin(), sources.end(), [&](int a, int b) { return key(a) < key(b); });
    return sources;
}

} // namespace frontier
