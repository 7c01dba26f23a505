#include "ui/FeaturePanel.h"
#include "AtlasModel.h"
#include "TestData.h"
#include "UiTest.h"

#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>

namespace frontier {
namespace {

TEST(FeaturePanelTest, ListsTheWholeHistoryWithSourcesAndClaims)
{
    test::uiApp();
    const auto timeline = test::bundledTimeline();
    AtlasModel model(timeline);
    FeaturePanel panel(model);
    const int qaim = timeline->dataset().featureIndex(QStringLiteral("qaim-albukamal"));
    model.setDate(Date::fromYmd(2015, 1, 1));
    model.setSelectedFeature(qaim);
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

TEST(FeaturePanelTest, FollowsTheDate)
{
    test::uiApp();
    const auto timeline = test::bundledTimeline();
    AtlasModel model(timeline);
    FeaturePanel panel(model);
    model.setSelectedFeature(timeline->dataset().featureIndex(QStringLiteral("qaim-albukamal")));
    model.setDate(Date::fromYmd(2016, 1, 1));
    const QString in2016 = panel.details()->text();
    model.setDate(Date::fromYmd(2020, 1, 1));
    EXPECT_NE(panel.details()->text(), in2016);
    EXPECT_TRUE(panel.details()->text().contains(QStringLiteral("<b>IQ side:</b> Iraq")));
}

// Defect: "disputed" was shown without saying why.
TEST(FeaturePanelTest, SaysWhatIsDisputedByWhichClaimsAndSources)
{
    test::uiApp();
    const auto timeline = test::bundledTimeline();
    AtlasModel model(timeline);
    FeaturePanel panel(model);
    // 8 Nov 2017: the government takes Albu Kamal; Reuters reports ISIS retook the town.
    model.setDate(Date::fromYmd(2017, 11, 8));
    model.setSelectedFeature(timeline->dataset().featureIndex(QStringLiteral("qaim-albukamal")));
    const QString text = panel.details()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Disputed by:"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("actor: isis"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Reuters"))) << text.toStdString();
    // And a date that nobody disputes says nothing of the kind.
    // (2025-06-01: no claim on al-Qaim's status or sides; 2017–2024 carry the IRGC claim.)
    model.setDate(Date::fromYmd(2025, 6, 1));
    EXPECT_FALSE(panel.details()->text().contains(QStringLiteral("Disputed by:")));
}

// Defect: a year-only date read "since 2012-01-01 (approximate)" in the panel but "2012 (year)"
// in the history.
TEST(FeaturePanelTest, ShowsADateAsPreciseAsItIsKnownTheSameWayEverywhere)
{
    test::uiApp();
    const auto timeline = test::bundledTimeline();
    AtlasModel model(timeline);
    FeaturePanel panel(model);
    model.setDate(Date::fromYmd(2012, 6, 1));
    model.setSelectedFeature(timeline->dataset().featureIndex(QStringLiteral("walid-tanf")));
    const QString text = panel.details()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("since 2012 "))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("2012-01-01")));
    bool yearRow = false;
    for (int i = 0; i < panel.history()->count(); ++i) {
        const QString row = panel.history()->item(i)->text();
        EXPECT_FALSE(row.contains(QStringLiteral("(year)")) ||
                     row.contains(QStringLiteral("(month)")))
            << row.toStdString();
        yearRow |= row.startsWith(QStringLiteral("2012 — "));
    }
    EXPECT_TRUE(yearRow);
}

// Defect: the panel kept its old scroll position after a date change.
TEST(FeaturePanelTest, NewContentStartsAtItsTop)
{
    test::uiApp();
    const auto timeline = test::bundledTimeline();
    AtlasModel model(timeline);
    FeaturePanel panel(model);
    panel.resize(300, 260);
    panel.show();
    model.setDate(Date::fromYmd(2017, 11, 8));
    model.setSelectedFeature(timeline->dataset().featureIndex(QStringLiteral("qaim-albukamal")));
    QTest::qWait(20);
    QScrollBar* bar = panel.detailsScroll()->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);
    bar->setValue(bar->maximum());
    model.setDate(Date::fromYmd(2019, 9, 30));
    EXPECT_EQ(bar->value(), 0);
}

} // namespace
} // namespace frontier
