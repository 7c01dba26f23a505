#include "FrameSeries.h"

#include "report/ChangeList.h"

#include <QDate>
#include <QDir>

namespace frontier {

std::optional<FrameSeries::Step> FrameSeries::stepFromCode(const QString& code)
{
    for (Step s : {Step::Day, Step::Week, Step::Month, Step::Year})
        if (code == stepCode(s))
            return s;
    return std::nullopt;
}

QString FrameSeries::stepCode(Step step)
{
    switch (step) {
    case Step::Day:
        return QStringLiteral("1d");
    case Step::Week:
        return QStringLiteral("1w");
    case Step::Month:
        return QStringLiteral("1m");
    case Step::Year:
        return QStringLiteral("1y");
    }
    return {};
}

FrameSeries::FrameSeries(Date from, Date to, Step step)
{
    const QDate first = QDate::fromJulianDay(from.julianDay());
    // Counted from the first date, so month steps from the 31st do not drift to the 28th.
    for (int i = 0;; ++i) {
        QDate d;
        switch (step) {
        case Step::Day:
            d = first.addDays(i);
            break;
        case Step::Week:
            d = first.addDays(7LL * i);
            break;
        case Step::Month:
            d = first.addMonths(i);
            break;
        case Step::Year:
            d = first.addYears(i);
            break;
        }
        if (d.toJulianDay() > to.julianDay())
            break;
        m_dates.push_back(Date::fromJulianDay(static_cast<std::int32_t>(d.toJulianDay())));
    }
}

std::optional<DateRange> FrameSeries::span() const
{
    if (m_dates.empty())
        return std::nullopt;
    return DateRange{m_dates.front(), m_dates.back()};
}

std::vector<bool> FrameSeries::changes(const Timeline& timeline) const
{
    std::vector<bool> changed(m_dates.size(), false);
    for (std::size_t i = 1; i < m_dates.size(); ++i)
        changed[i] = !ChangeList::between(timeline, m_dates[i - 1], m_dates[i]).empty();
    return changed;
}

QString FrameSeries::framePath(const QString& directory, Date date, ImageFormat format)
{
    return QDir(directory).filePath(
        QStringLiteral("frame_%1.%2").arg(date.toString(), ImageFormats::suffix(format)));
}

} // namespace frontier
