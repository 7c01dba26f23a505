#include "AtlasModel.h"

#include "db/DatasetSource.h"

#include <algorithm>

namespace frontier {

AtlasModel::AtlasModel(std::shared_ptr<const Timeline> timeline, QObject* parent)
    : QObject(parent), m_timeline(std::move(timeline))
{
}

namespace {

// The result's dataset on a timeline, or its problems.
LoadProblems adopt(AtlasModel& model, DatasetReader::Result result)
{
    if (!result.ok())
        return std::move(result.problems);
    model.setTimeline(std::make_shared<const Timeline>(result.dataset));
    return {};
}

} // namespace

LoadProblems AtlasModel::openDataset(const QString& path)
{
    return adopt(*this, DatasetSource::read(path));
}

LoadProblems AtlasModel::rereadDataset()
{
    return adopt(*this, DatasetSource::reread(dataset().origin()));
}

void AtlasModel::setTimeline(std::shared_ptr<const Timeline> timeline)
{
    setSelectedFeature(-1);
    m_timeline = std::move(timeline);
    emit datasetChanged();
}

void AtlasModel::setEditedTimeline(std::shared_ptr<const Timeline> timeline)
{
    m_timeline = std::move(timeline);
    emit datasetChanged();
}

namespace {

Date clamped(Date date)
{
    return Date::fromJulianDay(std::clamp(date.julianDay(), AtlasModel::minimumDate().julianDay(),
                                          AtlasModel::maximumDate().julianDay()));
}

} // namespace

void AtlasModel::setDate(Date date)
{
    date = clamped(date);
    if (date == m_date)
        return;
    m_date = date;
    emit dateChanged(m_date);
}

void AtlasModel::setCompareDate(Date date)
{
    if (date.isValid())
        date = clamped(date);
    if (date == m_compareDate)
        return;
    m_compareDate = date;
    emit compareDateChanged(m_compareDate);
}

void AtlasModel::setSelectedFeature(int feature)
{
    if (feature < 0 || feature >= static_cast<int>(dataset().features().size()))
        feature = -1;
    if (feature == m_selectedFeature)
        return;
    m_selectedFeature = feature;
    emit selectionChanged(m_selectedFeature);
}

void AtlasModel::addOverlay(std::shared_ptr<const Overlay> overlay,
                            std::optional<OverlayStyle> style)
{
    if (!style)
        style = OverlayStyle::defaultFor(*overlay, static_cast<int>(m_overlays.size()));
    m_overlays.push_back({std::move(overlay), *style});
    emit overlaysChanged();
}

void AtlasModel::removeOverlay(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_overlays.size())
        return;
    m_overlays.erase(m_overlays.begin() + index);
    emit overlaysChanged();
}

bool AtlasModel::replaceOverlay(const std::shared_ptr<const Overlay>& old,
                                std::shared_ptr<const Overlay> fresh)
{
    const auto it = std::find_if(m_overlays.begin(), m_overlays.end(),
                                 [&](const OverlayView& v) { return v.overlay == old; });
    if (it == m_overlays.end())
        return false;
    it->overlay = std::move(fresh);
    emit overlaysChanged();
    return true;
}

void AtlasModel::moveOverlay(int from, int to)
{
    const int n = static_cast<int>(m_overlays.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    OverlayView moved = std::move(m_overlays[static_cast<std::size_t>(from)]);
    m_overlays.erase(m_overlays.begin() + from);
    m_overlays.insert(m_overlays.begin() + to, std::move(moved));
    emit overlaysChanged();
}

void AtlasModel::setOverlayStyle(int index, const OverlayStyle& style)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_overlays.size() ||
        m_overlays[static_cast<std::size_t>(index)].style == style)
        return;
    m_overlays[static_cast<std::size_t>(index)].style = style;
    emit overlaysChanged();
}

} // namespace frontier
