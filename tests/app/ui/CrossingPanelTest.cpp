#include "TestData.h"
#include "UiTest.h"
#include "ui/CrossingPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>

namespace frontier {
namespace {

TEST(CrossingPanelTest, ListsTheWholeHistoryWithSourcesAndClaims)
{
    test::uiApp();
    const auto timeline = test::bundledTimeline();
    CrossingPanel panel(timeline);
    const int qaim = timeline->dataset().crossingIndex(QStringLiteral("qaim-albukamal"));
    panel.setDate(Date::fromYmd(2015, 1, 1));
    panel.setCrossing(qaim);
    EXPECT_EQ(panel.history()->count(), static_cast<int>(timeline->eventsOf(qaim).size()));
    bool anyDisputed = false;
    for (int i = 0; i < panel.history()->count(); ++i) {
        EXPECT_TRUE(panel.history()->item(i)->text().contains(QStringLiteral("Sources: ")));
        anyDisputed |= panel.history()->item(i)->text().contains(QStringLiteral("Disputed: "));
    }
    EXPECT_TRUE(anyDisputed);
    EXPECT_TRUE(panel.details()->text().contains(QStringLiteral("On 2015-01-01")));
    EXPECT_TRUE(panel.details()->text().contains(QStringLiteral("ISIS")));
    EXPECT_TRUE(panel.details()->text().contains(QStringLiteral("<a href=")));
}

TEST(CrossingPanelTest, FollowsTheDate)
{
    test::uiApp();
    const auto timeline = test::bundledTimeline();
    CrossingPanel panel(timeline);
    panel.setCrossing(timeline->dataset().crossingIndex(QStringLiteral("qaim-albukamal")));
    panel.setDate(Date::fromYmd(2016, 1, 1));
    const QString in2016 = panel.details()->text();
    panel.setDate(Date::fromYmd(2020, 1, 1));
    EXPECT_NE(panel.details()->text(), in2016);
    EXPECT_TRUE(panel.details()->text().contains(QStringLiteral("<b>IQ side:</b> Iraq")));
}

} // namespace
} // namespace frontier
