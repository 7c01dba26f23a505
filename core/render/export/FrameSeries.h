#pragma once

#include "ImageFormat.h"
#include "model/Date.h"
#include "model/DateRange.h"

#include <QString>

#include <optional>
#include <vector>

namespace frontier {

class Timeline;

/// \brief The dates of an animation — from, to, every day, week, month or year — the file each
/// frame goes to, named by its date (frame_2019-09-30.png, …), and the frames that show a change.
class FrameSeries {
public:
    enum class Step { Day, Week, Month, Year };
    /// "1d", "1w", "1m", "1y".
    static std::optional<Step> stepFromCode(const QString& code);
    static QString stepCode(Step step);

    FrameSeries(Date from, Date to, Step step);
    const std::vector<Date>& dates() const { return m_dates; }
    /// From the first frame's date to the last's (not to `to` past it): the days the frames
    /// show. Nothing for a series without frames.
    std::optional<DateRange> span() const;
    /// For each date, whether something differs from the date before it in the series
    /// (ChangeList::between); never the first.
    std::vector<bool> changes(const Timeline& timeline) const;
    static QString framePath(const QString& directory, Date date,
                             ImageFormat format = ImageFormat::Png);

private:
    std::vector<Date> m_dates;
};

} // namespace frontier
