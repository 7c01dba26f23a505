#pragma once

#include "ImageFormat.h"
#include "model/Date.h"

#include <QString>

#include <optional>
#include <vector>

namespace frontier {

/// \brief The dates of an animation — from, to, every day, week, month or year — and the
/// numbered file each frame goes to (frame_00000.png, frame_00000.jpg, …).
class FrameSeries {
public:
    enum class Step { Day, Week, Month, Year };
    /// "1d", "1w", "1m", "1y".
    static std::optional<Step> stepFromCode(const QString& code);
    static QString stepCode(Step step);

    FrameSeries(Date from, Date to, Step step);
    const std::vector<Date>& dates() const { return m_dates; }
    static QString framePath(const QString& directory, int index,
                             ImageFormat format = ImageFormat::Png);

private:
    std::vector<Date> m_dates;
};

} // namespace frontier
