#include "SwimlaneTip.h"

#include "EventText.h"
#include "SwimlaneLayout.h"
#include "render/MapText.h"
#include "time/Timeline.h"

#include <algorithm>

namespace frontier {
namespace {

const StateInterval* intervalAt(const Intervals& intervals, std::int32_t jd)
{
    for (const StateInterval& iv : intervals)
        if (iv.contains(jd))
            return &iv;
    return nullptr;
}

} // namespace

SwimlaneTip::SwimlaneTip(const Timeline& timeline, const SwimlaneLayout& layout,
                         LabelLanguage labels)
    : m_timeline(timeline), m_layout(layout), m_labels(labels)
{
}

QString SwimlaneTip::at(QPointF pos, double width) const
{
    const Dataset& d = m_timeline.dataset();
    const SwimlaneLayout::Lane* lane = m_layout.laneAt(pos.y());
    if (!lane)
        return {};
    if (lane->feature < 0)
        return tr("Click to collapse or expand");
    const FrontierFeature& f = d.feature(lane->feature);
    const QString name = MapText::featureName(f, m_labels);
    if (pos.x() < SwimlaneLayout::kLabelWidth)
        return f.isCrossing() ? name : name + QStringLiteral("\n") + EventText::kmRange(f);
    for (int row = 0; row < m_layout.rowCount(lane->feature); ++row) {
        if (!m_layout.rowRect(lane->feature, row, width).contains(pos))
            continue;
        const Date at = SwimlaneLayout::dateAt(pos.x(), width);
        const StateInterval* iv =
            intervalAt(SwimlaneLayout::intervals(m_timeline, lane->feature, row), at.julianDay());
        if (!iv)
            return {};
        QString what;
        if (row == 2) {
            what = QStringLiteral("%1: %2").arg(name, EventText::status(iv->status));
        } else {
            // A crossing's side is named by its town; a sector's by the sector and the side code.
            const auto r = static_cast<std::size_t>(row);
            what = QStringLiteral("%1 (%2): %3")
                       .arg(f.isCrossing() ? MapText::sideName(f.sides[r], m_labels) : name,
                            EventText::code(kSides[r]), EventText::actor(d, iv->actor, m_labels));
        }
        const Date from = Date::fromJulianDay(std::max(iv->start, SwimlaneLayout::firstDay()));
        const QString to =
            iv->end == kOpenEnd ? QStringLiteral("…") : Date::fromJulianDay(iv->end - 1).toString();
        what += QStringLiteral("\n%1 – %2").arg(from.toString(), to);
        if (iv->isGap())
            what += tr("\nno source covers this period");
        if (iv->approximate)
            what += tr("\napproximate date");
        if (iv->disputed)
            what += tr("\ndisputed");
        return what;
    }
    return {};
}

} // namespace frontier
