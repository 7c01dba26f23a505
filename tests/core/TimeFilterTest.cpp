#include "overlay/TimeFilter.h"

#include <gtest/gtest.h>

namespace frontier {
namespace {

const Date kDay = Date::fromYmd(2019, 9, 30);
const std::int32_t kJd = kDay.julianDay();

TEST(TimeFilterTest, UpToTheDateShowsEverythingThatBeganByThen)
{
    const TimeFilter f{TimeFilter::Mode::UpTo};
    EXPECT_TRUE(f.shows(kJd - 4000, kJd - 4000, kDay));
    EXPECT_TRUE(f.shows(kJd, kJd, kDay));
    EXPECT_FALSE(f.shows(kJd + 1, kJd + 1, kDay));
}

TEST(TimeFilterTest, OnTheDayShowsWhatItsDateCanMean)
{
    const TimeFilter f{TimeFilter::Mode::OnDay};
    EXPECT_TRUE(f.shows(kJd, kJd, kDay));
    EXPECT_FALSE(f.shows(kJd - 1, kJd - 1, kDay));
    // Known only to the month: shows on every day of September 2019.
    const Date month = Date::fromYmd(2019, 9, 1, Date::Precision::Month);
    EXPECT_TRUE(f.shows(month.julianDay(), month.lastJulianDay(), kDay));
    EXPECT_FALSE(f.shows(month.julianDay(), month.lastJulianDay(), kDay.addDays(1)));
    // ACLED's week precision: three days either side.
    EXPECT_TRUE(f.shows(kJd + 1 - 3, kJd + 1 + 3, kDay));
}

TEST(TimeFilterTest, InTheLastNDaysWeeksOrMonths)
{
    TimeFilter f{TimeFilter::Mode::Within, 7, TimeFilter::Unit::Days};
    EXPECT_TRUE(f.shows(kJd - 6, kJd - 6, kDay));
    EXPECT_FALSE(f.shows(kJd - 7, kJd - 7, kDay));
    f.unit = TimeFilter::Unit::Weeks;
    f.count = 2;
    EXPECT_TRUE(f.shows(kJd - 13, kJd - 13, kDay));
    EXPECT_FALSE(f.shows(kJd - 14, kJd - 14, kDay));
    f.unit = TimeFilter::Unit::Months;
    f.count = 1; // 31 August to 30 September
    EXPECT_TRUE(f.shows(Date::fromYmd(2019, 8, 31).julianDay(),
                        Date::fromYmd(2019, 8, 31).julianDay(), kDay));
    EXPECT_FALSE(f.shows(Date::fromYmd(2019, 8, 30).julianDay(),
                         Date::fromYmd(2019, 8, 30).julianDay(), kDay));
    EXPECT_FALSE(f.shows(kJd + 1, kJd + 1, kDay));
}

} // namespace
} // namespace frontier
