#include "report/SourceList.h"
#include "SectorsFixture.h"

#include <QStringList>

namespace frontier {
namespace {

class SourceListTest : public test::SectorsFixture {
protected:
    /// The ids of the sources behind the map on `dates`, in the list's order.
    static QStringList behind(std::initializer_list<Date> dates)
    {
        QStringList ids;
        for (int s : SourceList::behind(timeline(), std::vector<Date>(dates)))
            ids << data().sources()[std::size_t(s)].id;
        return ids;
    }
};

// On 1 January 2016 alpha's Iraqi side is ISIS's (src-a), its Syrian side ISIS's (src-c), its
// status closed (src-a); beta's Syrian side the SDF's (src-a); the camp holds (src-b). Each
// source once, the oldest first: src-c (2014-06), src-a (2019-09-30), src-b (2020).
TEST_F(SourceListTest, TheSourcesOfEveryGoverningEventAndAreaOnceOldestFirst)
{
    EXPECT_EQ(
        behind({Date::fromYmd(2016, 1, 1)}),
        (QStringList{QStringLiteral("src-c"), QStringLiteral("src-a"), QStringLiteral("src-b")}));
}

// In June 2013 every state rests on src-a; src-b only disputes claims (not the events' own
// sources) and its camp has not begun.
TEST_F(SourceListTest, AClaimsSourcesAndAnAreaNotYetBegunAreLeftOut)
{
    EXPECT_EQ(behind({Date::fromYmd(2013, 6, 1)}), QStringList{QStringLiteral("src-a")});
    EXPECT_EQ(behind({Date::fromYmd(2014, 3, 1)}),
              (QStringList{QStringLiteral("src-a"), QStringLiteral("src-b")}));
}

TEST_F(SourceListTest, TwoDatesListTheSourcesOfBothOnce)
{
    EXPECT_EQ(behind({Date::fromYmd(2013, 6, 1), Date::fromYmd(2016, 1, 1)}),
              behind({Date::fromYmd(2016, 1, 1)}));
    EXPECT_TRUE(behind({}).isEmpty());
}

} // namespace
} // namespace frontier
