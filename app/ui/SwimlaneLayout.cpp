#include "SwimlaneLayout.h"

#include "AtlasModel.h"
#include "time/Timeline.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace frontier {
namespace {

constexpr int kBand = 12;
constexpr int kTrack = 7;
constexpr int kGap = 7;

} // namespace

std::int32_t SwimlaneLayout::firstDay()
{
    return AtlasModel::minimumDate().julianDay();
}

std::int32_t SwimlaneLayout::endDay()
{
    return AtlasModel::maximumDate().julianDay() + 1;
}

void SwimlaneLayout::layOut(const Dataset& dataset)
{
    m_dataset = &dataset;
    m_lanes.clear();
    double top = kTop;
    const auto add = [&](Group group, int feature) {
        m_lanes.push_back({group, feature, top});
        top += laneHeight(m_lanes.back());
    };
    for (const auto& [group, first, count] :
         {std::tuple{Group::Crossings, 0, dataset.crossings().size()},
          std::tuple{Group::Sectors, dataset.firstSector(), dataset.sectors().size()}}) {
        if (count == 0)
            continue;
        add(group, -1);
        if (!isCollapsed(group))
            for (int i = 0; i < static_cast<int>(count); ++i)
                add(group, first + i);
    }
    m_bottom = top;
}

double SwimlaneLayout::laneHeight(const Lane& lane) const
{
    if (lane.feature < 0)
        return kHeader;
    return rowCount(lane.feature) == 3 ? 2 * kBand + kTrack + 2 + kGap : 2 * kBand + kGap;
}

int SwimlaneLayout::rowCount(int feature) const
{
    return m_dataset->feature(feature).isCrossing() ? 3 : 2;
}

const SwimlaneLayout::Lane* SwimlaneLayout::laneAt(double y) const
{
    for (const Lane& lane : m_lanes)
        if (y >= lane.top && y < lane.top + laneHeight(lane))
            return &lane;
    return nullptr;
}

double SwimlaneLayout::xOf(std::int32_t jd, double width)
{
    const double w = std::max(1.0, width - kLabelWidth - kRight);
    return kLabelWidth +
           w * (std::clamp(jd, firstDay(), endDay()) - firstDay()) / double(endDay() - firstDay());
}

Date SwimlaneLayout::dateAt(double x, double width)
{
    const double w = std::max(1.0, width - kLabelWidth - kRight);
    const auto jd = firstDay() + static_cast<std::int32_t>(
                                     std::floor((x - kLabelWidth) / w * (endDay() - firstDay())));
    return Date::fromJulianDay(std::clamp(jd, firstDay(), endDay() - 1));
}

QRectF SwimlaneLayout::rowRect(int feature, int row, double width) const
{
    const auto lane = std::find_if(m_lanes.begin(), m_lanes.end(),
                                   [feature](const Lane& l) { return l.feature == feature; });
    if (feature < 0 || lane == m_lanes.end() || row >= rowCount(feature))
        return {};
    const double top = lane->top + (row == 2 ? 2 * kBand + 2 : row * kBand);
    return QRectF(QPointF(kLabelWidth, top),
                  QPointF(width - kRight, top + (row == 2 ? kTrack : kBand)));
}

QRectF SwimlaneLayout::groupRect(Group group, double width) const
{
    for (const Lane& lane : m_lanes)
        if (lane.feature < 0 && lane.group == group)
            return QRectF(0, lane.top, width, kHeader);
    return {};
}

const Intervals& SwimlaneLayout::intervals(const Timeline& t, int feature, int row)
{
    return row < 2 ? t.controlIntervals(feature, kSides[static_cast<std::size_t>(row)])
                   : t.statusIntervals(feature);
}

} // namespace frontier
