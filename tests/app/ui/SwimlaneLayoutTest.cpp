// Where the swimlane puts its groups, rows and dates, over the bundled data.
#include "ui/SwimlaneLayout.h"
#include "TestData.h"

#include <gtest/gtest.h>

namespace frontier {
namespace {

using Group = SwimlaneLayout::Group;
constexpr double kWidth = 900;

class SwimlaneLayoutTest : public ::testing::Test {
protected:
    SwimlaneLayoutTest() { layout.layOut(dataset()); }
    const Dataset& dataset() const { return test::bundledTimeline()->dataset(); }

    SwimlaneLayout layout;
};

TEST_F(SwimlaneLayoutTest, EachGroupIsAHeaderAndItsFeaturesInDataOrder)
{
    const Dataset& d = dataset();
    const auto& lanes = layout.lanes();
    ASSERT_EQ(lanes.size(), 2 + d.crossings().size() + d.sectors().size());
    EXPECT_EQ(lanes.front().feature, -1);
    EXPECT_EQ(lanes.front().group, Group::Crossings);
    EXPECT_EQ(lanes[1].feature, 0);
    const auto sectorsHeader = 1 + d.crossings().size();
    EXPECT_EQ(lanes[sectorsHeader].feature, -1);
    EXPECT_EQ(lanes[sectorsHeader].group, Group::Sectors);
    EXPECT_EQ(lanes[sectorsHeader + 1].feature, d.firstSector());
    for (std::size_t i = 1; i < lanes.size(); ++i)
        EXPECT_GT(lanes[i].top, lanes[i - 1].top) << i;
    EXPECT_GT(layout.bottom(), lanes.back().top);
}

TEST_F(SwimlaneLayoutTest, ACrossingHasTwoBandsAndAStatusTrackUnderThem)
{
    ASSERT_EQ(layout.rowCount(0), 3);
    const QRectF iq = layout.rowRect(0, 0, kWidth);
    const QRectF sy = layout.rowRect(0, 1, kWidth);
    const QRectF status = layout.rowRect(0, 2, kWidth);
    EXPECT_LE(iq.bottom(), sy.top());
    EXPECT_LE(sy.bottom(), status.top());
    EXPECT_LT(status.height(), sy.height());
    EXPECT_EQ(iq.left(), SwimlaneLayout::kLabelWidth);
    EXPECT_EQ(iq.right(), kWidth - SwimlaneLayout::kRight);
    for (int row = 0; row < 3; ++row)
        EXPECT_EQ(layout.laneAt(layout.rowRect(0, row, kWidth).center().y())->feature, 0);
    const int sector = dataset().firstSector();
    EXPECT_EQ(layout.rowCount(sector), 2);
    EXPECT_TRUE(layout.rowRect(sector, 2, kWidth).isEmpty());
}

TEST_F(SwimlaneLayoutTest, ACollapsedGroupKeepsItsHeaderAndLosesItsRows)
{
    const int sector = dataset().firstSector();
    const double bottom = layout.bottom();
    layout.setCollapsed(Group::Sectors, true);
    layout.layOut(dataset());
    EXPECT_TRUE(layout.isCollapsed(Group::Sectors));
    EXPECT_TRUE(layout.rowRect(sector, 0, kWidth).isEmpty());
    EXPECT_FALSE(layout.rowRect(0, 0, kWidth).isEmpty());
    const QRectF header = layout.groupRect(Group::Sectors, kWidth);
    ASSERT_FALSE(header.isEmpty());
    EXPECT_EQ(layout.laneAt(header.center().y())->feature, -1);
    EXPECT_EQ(layout.bottom(), header.bottom());
    EXPECT_LT(layout.bottom(), bottom);
    EXPECT_EQ(layout.laneAt(layout.bottom() + 1), nullptr);
}

TEST_F(SwimlaneLayoutTest, TheTimeAxisRunsFromTheFirstDayToTheLastAndBack)
{
    const auto first = SwimlaneLayout::firstDay();
    const auto end = SwimlaneLayout::endDay();
    EXPECT_DOUBLE_EQ(SwimlaneLayout::xOf(first, kWidth), SwimlaneLayout::kLabelWidth);
    EXPECT_DOUBLE_EQ(SwimlaneLayout::xOf(end, kWidth), kWidth - SwimlaneLayout::kRight);
    EXPECT_DOUBLE_EQ(SwimlaneLayout::xOf(first - 400, kWidth), SwimlaneLayout::kLabelWidth);
    // A day starts where xOf says; a pixel later is still that day on an axis wider than days.
    const Date day = Date::fromYmd(2019, 9, 30);
    constexpr double kWide = 8000;
    EXPECT_EQ(SwimlaneLayout::dateAt(SwimlaneLayout::xOf(day.julianDay(), kWide) + 0.5, kWide),
              day);
    EXPECT_EQ(SwimlaneLayout::dateAt(0, kWidth).julianDay(), first);
    EXPECT_EQ(SwimlaneLayout::dateAt(kWidth + 50, kWidth).julianDay(), end - 1);
}

} // namespace
} // namespace frontier
