#include "geo/ViewHistory.h"

#include <gtest/gtest.h>

using namespace frontier;

namespace {

ViewHistory::Entry view(double x, int day = 1, const char* crs = "EPSG:32638")
{
    return {QString::fromLatin1(crs), MapRect{x, 0, x + 100, 50}, Date::fromYmd(2019, 9, day)};
}

/// Goes back and returns what the window was asked to show.
std::optional<ViewHistory::Entry> goBack(ViewHistory& h)
{
    std::optional<ViewHistory::Entry> shown;
    if (!h.back([&](const ViewHistory::Entry& e) { shown = e; }))
        return std::nullopt;
    return shown;
}

TEST(ViewHistoryTest, BackAndForwardRetraceTheViews)
{
    ViewHistory h;
    EXPECT_FALSE(h.canGoBack());
    h.push(view(0));
    h.push(view(500));
    h.push(view(1000, 2));
    ASSERT_TRUE(h.canGoBack());
    EXPECT_EQ(goBack(h)->extent.xmin, 500);
    EXPECT_EQ(goBack(h)->extent.xmin, 0);
    EXPECT_FALSE(goBack(h));
    EXPECT_TRUE(h.canGoForward());
    std::optional<ViewHistory::Entry> shown;
    EXPECT_TRUE(h.forward([&](const ViewHistory::Entry& e) { shown = e; }));
    EXPECT_EQ(shown->extent.xmin, 500);
    EXPECT_TRUE(h.forward([&](const ViewHistory::Entry& e) { shown = e; }));
    EXPECT_EQ(shown->date, Date::fromYmd(2019, 9, 2));
    EXPECT_FALSE(h.canGoForward());
}

TEST(ViewHistoryTest, PushesWhileApplyingAnEntryKeepTheForwardEntries)
{
    ViewHistory h;
    h.push(view(0));
    h.push(view(500));
    h.push(view(1000));
    // Applying the view emits a date change and then an extent change: two pushes.
    ASSERT_TRUE(h.back([&](const ViewHistory::Entry& e) {
        h.push({e.crs, MapRect{1000, 0, 1100, 50}, e.date});
        h.push(e);
    }));
    EXPECT_EQ(h.size(), 3u);
    EXPECT_TRUE(h.canGoForward());
    EXPECT_EQ(h.current()->extent.xmin, 500);
}

TEST(ViewHistoryTest, ANewViewAfterGoingBackDropsTheForwardEntries)
{
    ViewHistory h;
    h.push(view(0));
    h.push(view(500));
    goBack(h);
    h.push(view(-500));
    EXPECT_FALSE(h.canGoForward());
    EXPECT_EQ(h.size(), 2u);
    EXPECT_EQ(goBack(h)->extent.xmin, 0);
}

TEST(ViewHistoryTest, TheSameViewOrANudgeIsMerged)
{
    ViewHistory h;
    h.push(view(0));
    h.push(view(0));
    h.push(view(0.5)); // half a percent of the width
    EXPECT_EQ(h.size(), 1u);
    EXPECT_EQ(h.current()->extent.xmin, 0.5);
    h.push(view(0.5, 2));               // another date is another entry
    h.push(view(0.5, 2, "EPSG:4326"));  // and so is another CRS
    h.push(view(10.5, 2, "EPSG:4326")); // 10 % of the width
    EXPECT_EQ(h.size(), 4u);
}

TEST(ViewHistoryTest, IsBoundedDroppingTheOldest)
{
    ViewHistory h(3);
    for (int i = 0; i < 5; ++i)
        h.push(view(1000.0 * i));
    EXPECT_EQ(h.size(), 3u);
    EXPECT_EQ(goBack(h)->extent.xmin, 3000);
    EXPECT_EQ(goBack(h)->extent.xmin, 2000);
    EXPECT_FALSE(h.canGoBack());
}

} // namespace
