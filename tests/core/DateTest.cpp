#include "model/Date.h"
#include "Printers.h"

#include <QDate>

#include <gtest/gtest.h>

using namespace frontier;

namespace {

std::int32_t jd(int y, int m, int d)
{
    return static_cast<std::int32_t>(QDate(y, m, d).toJulianDay());
}

} // namespace

TEST(DateTest, ParsesYearPrecision)
{
    const auto d = Date::parse(u"2014");
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->isValid());
    EXPECT_EQ(d->precision(), Date::Precision::Year);
    EXPECT_TRUE(d->isApproximate());
    EXPECT_EQ(d->julianDay(), jd(2014, 1, 1));
    EXPECT_EQ(d->year(), 2014);
}

TEST(DateTest, ParsesMonthPrecision)
{
    const auto d = Date::parse(u"2014-06");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->precision(), Date::Precision::Month);
    EXPECT_TRUE(d->isApproximate());
    EXPECT_EQ(d->julianDay(), jd(2014, 6, 1));
}

TEST(DateTest, ParsesDayPrecision)
{
    const auto d = Date::parse(u"2014-06-21");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->precision(), Date::Precision::Day);
    EXPECT_FALSE(d->isApproximate());
    EXPECT_EQ(d->julianDay(), jd(2014, 6, 21));
    EXPECT_EQ(d->lastJulianDay(), d->julianDay());
}

TEST(DateTest, ParsesLeapDayAndExtremeYears)
{
    ASSERT_TRUE(Date::parse(u"2016-02-29"));
    EXPECT_EQ(Date::parse(u"2016-02-29")->julianDay(), jd(2016, 2, 29));
    EXPECT_TRUE(Date::parse(u"0001"));
    EXPECT_TRUE(Date::parse(u"9999-12-31"));
}

TEST(DateTest, RejectsInvalidText)
{
    for (const char16_t* text :
         {u"2019-02-30", u"2019-02-29", u"0000", u"99999", u"2019-13-01", u"2019-00-10",
          u"2019-06-00", u"2019-6-1", u"2019-06-1", u"", u"2019-06-21T00:00", u"201a",
          u"2019/06/21", u"-2019", u" 2019", u"2019-06-21 ", u"２０１９"}) {
        EXPECT_FALSE(Date::parse(QStringView(text))) << QString::fromUtf16(text).toStdString();
    }
}

TEST(DateTest, DefaultIsInvalid)
{
    EXPECT_FALSE(Date{}.isValid());
    EXPECT_EQ(Date{}.julianDay(), 0);
}

TEST(DateTest, LastJulianDayOfMonth)
{
    EXPECT_EQ(Date::parse(u"2016-02")->lastJulianDay(), jd(2016, 2, 29)); // leap year
    EXPECT_EQ(Date::parse(u"2015-02")->lastJulianDay(), jd(2015, 2, 28));
    EXPECT_EQ(Date::parse(u"2013-06")->lastJulianDay(), jd(2013, 6, 30));
    EXPECT_EQ(Date::parse(u"2013-12")->lastJulianDay(), jd(2013, 12, 31));
}

TEST(DateTest, LastJulianDayOfYear)
{
    const Date leap = *Date::parse(u"2016");
    EXPECT_EQ(leap.lastJulianDay(), jd(2016, 12, 31));
    EXPECT_EQ(leap.lastJulianDay() - leap.julianDay() + 1, 366);
    const Date common = *Date::parse(u"2015");
    EXPECT_EQ(common.lastJulianDay() - common.julianDay() + 1, 365);
}

TEST(DateTest, ToStringRoundTripsInOwnPrecision)
{
    for (const char16_t* text : {u"2014", u"2014-06", u"2014-06-21", u"2016-02-29", u"0001",
                                 u"9999-12-31", u"2012-01", u"2025-10-05"}) {
        const auto d = Date::parse(QStringView(text));
        ASSERT_TRUE(d) << QString::fromUtf16(text).toStdString();
        EXPECT_EQ(d->toString(), QString::fromUtf16(text));
        EXPECT_EQ(Date::parse(d->toString()), d);
    }
}

TEST(DateTest, FromYmdAndFirstDay)
{
    const Date month = Date::fromYmd(2014, 6, 1, Date::Precision::Month);
    EXPECT_EQ(month, *Date::parse(u"2014-06"));
    EXPECT_EQ(month.firstDay(), *Date::parse(u"2014-06-01"));
    EXPECT_EQ(month.firstDay().precision(), Date::Precision::Day);
    EXPECT_EQ(Date::fromJulianDay(jd(2019, 9, 30)).toString(), QStringLiteral("2019-09-30"));
    EXPECT_EQ(Date::parse(u"2019-12-31")->addDays(1), *Date::parse(u"2020-01-01"));
    EXPECT_EQ(Date::parse(u"2016-03-01")->addDays(-1).toString(), QStringLiteral("2016-02-29"));
}

TEST(DateTest, OrdersByFirstDayThenPrecision)
{
    const Date day = *Date::parse(u"2014-01-01");
    const Date month = *Date::parse(u"2014-01");
    const Date year = *Date::parse(u"2014");
    EXPECT_LT(*Date::parse(u"2013-12-31"), day);
    EXPECT_LT(*Date::parse(u"2013"), day);
    EXPECT_LT(*Date::parse(u"2014-06-21"), *Date::parse(u"2014-06-22"));
    EXPECT_LT(*Date::parse(u"2014-06"), *Date::parse(u"2014-06-02"));
    // Same first day: day < month < year, and they are not equal.
    EXPECT_EQ(day.julianDay(), year.julianDay());
    EXPECT_LT(day, month);
    EXPECT_LT(month, year);
    EXPECT_NE(day, year);
    EXPECT_EQ(*Date::parse(u"2014"), year);
}
