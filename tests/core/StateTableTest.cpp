#include "report/StateTable.h"
#include "TestData.h"

#include <gtest/gtest.h>

using namespace frontier;

TEST(StateTableTest, SinceIsTheDateInItsOwnPrecisionOrTheStartOfTheRecord)
{
    EXPECT_EQ(StateTable::since(*Date::parse(u"2012")), QStringLiteral("since 2012"));
    EXPECT_EQ(StateTable::since(*Date::parse(u"2014-06")), QStringLiteral("since 2014-06"));
    EXPECT_EQ(StateTable::since(*Date::parse(u"2014-06-21")), QStringLiteral("since 2014-06-21"));
    EXPECT_EQ(StateTable::since(Date{}), QStringLiteral("since the start of the record"));
}

TEST(StateTableTest, OneRowPerCrossingAfterTheHeader)
{
    const Timeline& t = *test::bundledTimeline();
    const Date date = *Date::parse(u"2012-03-01");
    const std::vector<FeatureState> states = t.stateAt(date);
    const QString csv =
        StateTable::toCsv(t, date, std::span(states).first(t.dataset().crossings().size()));
    const QStringList rows = csv.chopped(2).split(QStringLiteral("\r\n"));
    ASSERT_EQ(rows.size(), 1 + static_cast<qsizetype>(t.dataset().crossings().size()));
    EXPECT_EQ(rows[0], StateTable::header().join(QLatin1Char(',')));
    // No status event yet, but a dispute: crisis24-2019-10-01-qaim dates the closure to 2011
    // against 19 July 2012, so the status is unknown and disputed from 2011-01-01; the sides'
    // year-only dates as years.
    EXPECT_TRUE(
        rows[1].startsWith(QStringLiteral("2012-03-01,true,qaim-albukamal,al-Qaim / Albu "
                                          "Kamal,القائم / البوكمال,unknown,2011-01-01,false,true,"
                                          "iraq,,2012,true,false,syria-gov,,2012,true,false")))
        << rows[1].toStdString();
}
