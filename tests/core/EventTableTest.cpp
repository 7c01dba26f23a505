#include "report/EventTable.h"
#include "TestData.h"

#include <gtest/gtest.h>

using namespace frontier;

TEST(EventTableTest, AClaimReadsWithItsUntilAndSources)
{
    const Dataset& d = *test::bundled();
    const Event& e = d.events()[static_cast<std::size_t>(
        d.eventIndex(QStringLiteral("qaim-iq-2014-06-21-isis")))];
    ASSERT_EQ(e.claims.size(), 2u);
    EXPECT_EQ(EventTable::claimText(d, e.claims[0]).section(QStringLiteral(" — "), 0, 0),
              QStringLiteral("date: 2014-08 (k24-2019-09-30-qaim)"));
    EXPECT_EQ(EventTable::claimText(d, e.claims[1]).section(QStringLiteral(" — "), 0, 0),
              QStringLiteral("actor: iraq, until 2014-06-21 (reuters-2014-06-21-qaim)"));
}

TEST(EventTableTest, OneRowPerEventInTheOrderGiven)
{
    const Dataset& d = *test::bundled();
    const QString csv = EventTable::toCsv(d, {1, 0});
    const QStringList rows = csv.chopped(2).split(QStringLiteral("\r\n"));
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0], EventTable::header().join(QLatin1Char(',')));
    EXPECT_TRUE(rows[1].startsWith(d.events()[1].id + QLatin1Char(',')));
    EXPECT_TRUE(rows[2].startsWith(d.events()[0].id + QLatin1Char(',')));
}
