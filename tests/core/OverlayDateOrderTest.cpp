#include "AcledGenerator.h"
#include "io/OverlayReader.h"
#include "overlay/TimeFilter.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <limits>
#include <set>

namespace frontier {
namespace {

// The features `filter` shows on `date`, found by date order, and by looking at every one.
std::set<std::size_t> byDateOrder(const Overlay& o, const TimeFilter& filter, Date date)
{
    std::set<std::size_t> out;
    const auto [from, to] = o.shownBetween(filter.firstShown(date), filter.lastShown(date));
    for (std::size_t i = from; i < to; ++i)
        if (o.features[i].lastDay >= filter.firstShown(date))
            out.insert(i);
    return out;
}

std::set<std::size_t> byLookingAtEach(const Overlay& o, const TimeFilter& filter, Date date)
{
    std::set<std::size_t> out;
    for (std::size_t i = 0; i < o.features.size(); ++i)
        if (filter.shows(o.features[i].firstDay, o.features[i].lastDay, date))
            out.insert(i);
    return out;
}

TEST(OverlayDateOrderTest, TheDateOrderShowsWhatTheFilterShowsInEveryModeAndPrecision)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("acled.csv"));
    ASSERT_TRUE(test::writeAcledCsv(csv, 3000, 7));
    LoadProblems problems;
    const auto overlay = OverlayReader::read(csv, problems);
    ASSERT_TRUE(overlay && problems.empty());
    std::set<OverlayDatePrecision> precisions;
    for (std::size_t i = 0; i < overlay->features.size(); ++i) {
        precisions.insert(overlay->features[i].precision);
        if (i > 0) {
            ASSERT_LE(overlay->features[i - 1].firstDay, overlay->features[i].firstDay);
        }
    }
    EXPECT_EQ(precisions.size(), 3u); // ACLED's day, week and month
    EXPECT_GE(overlay->longestSpan, 27);
    using M = TimeFilter::Mode;
    using U = TimeFilter::Unit;
    const TimeFilter filters[] = {{M::UpTo, 1, U::Days},    {M::OnDay, 1, U::Days},
                                  {M::Within, 1, U::Days},  {M::Within, 10, U::Days},
                                  {M::Within, 2, U::Weeks}, {M::Within, 3, U::Months}};
    for (const TimeFilter& filter : filters)
        for (int day = 0; day < 5400; day += 97) {
            const Date date = Date::fromYmd(2011, 12, 1).addDays(day);
            const auto expected = byLookingAtEach(*overlay, filter, date);
            EXPECT_EQ(byDateOrder(*overlay, filter, date), expected)
                << static_cast<int>(filter.mode) << " " << date.toString().toStdString();
        }
}

TEST(OverlayDateOrderTest, SortingKeepsEachFeatureWithItsGeometryAndValuesAndOpenEndsStayShown)
{
    Overlay o;
    o.dateField = QStringLiteral("start");
    o.partStarts = {0};
    o.columns.push_back({QStringLiteral("name"), {QStringLiteral("b"), QStringLiteral("a")}, {}});
    const std::int32_t open = std::numeric_limits<std::int32_t>::max();
    const std::pair<std::int32_t, std::int32_t> days[] = {{300, open}, {100, 120}, {300, 300}};
    for (std::uint32_t i = 0; i < 3; ++i) {
        o.features.push_back({i, i, 1, days[i].first, days[i].second});
        o.vertices.push_back({double(i), double(i)});
        o.partStarts.push_back(i + 1);
        o.columns[0].index.push_back(i == 1 ? 1 : 0);
    }
    o.sortByDate();
    ASSERT_EQ(o.features.size(), 3u);
    EXPECT_EQ(o.features[0].fid, 1); // the earliest first, ties in their order
    EXPECT_EQ(o.features[1].fid, 0);
    EXPECT_EQ(o.features[2].fid, 2);
    EXPECT_EQ(o.part(o.features[0].firstPart)[0].lon, 1.0);
    EXPECT_EQ(o.value(0, 0), QStringLiteral("a"));
    EXPECT_EQ(o.value(1, 0), QStringLiteral("b"));
    // Still holding long after it began, the open one is found on the day.
    const TimeFilter onDay{TimeFilter::Mode::OnDay};
    EXPECT_EQ(byDateOrder(o, onDay, Date::fromJulianDay(100000)), std::set<std::size_t>{1});
    EXPECT_EQ(byDateOrder(o, onDay, Date::fromJulianDay(110)), std::set<std::size_t>{0});
}

} // namespace
} // namespace frontier
