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
    const QString csv = StateTable::toCsv(t, date, t.stateAt(date));
    const QStringList rows = csv.chopped(2).split(QStringLiteral("\r\n"));
    ASSERT_EQ(rows.size(), 1 + static_cast<qsizetype>(t.dataset().crossings().size()));
    EXPECT_EQ(rows[0], StateTable::header().join(QLatin1Char(',')));
    // No status event yet: an empty since; the sides' year-only dates as years.
    EXPECT_TRUE(
        rows[1].startsWith(QStringLiteral("2012-03-01,true,qaim-albukamal,al-Qaim / Albu "
                                          "Kamal,القائم / البوكمال,unknown,,false,false,"
                                          "iraq,,2012,true,false,syria-gov,,2012,true,false")))
        << rows[1].toStdString();
}
