// The swimlane's tooltip text at points of its layout, over the bundled data.
#include "ui/SwimlaneTip.h"
#include "TestData.h"
#include "ui/SwimlaneLayout.h"

#include <gtest/gtest.h>

namespace frontier {
namespace {

constexpr double kWidth = 8000; // wide enough for every day to have its own pixels

class SwimlaneTipTest : public ::testing::Test {
protected:
    SwimlaneTipTest() { layout.layOut(timeline().dataset()); }
    const Timeline& timeline() const { return *test::bundledTimeline(); }
    int feature(const char* id) const
    {
        return timeline().dataset().featureIndex(QString::fromLatin1(id));
    }
    // The text over `row` of `feature` at the start of `day`.
    QString over(int feature, int row, Date day) const
    {
        const QRectF r = layout.rowRect(feature, row, kWidth);
        return tip.at({SwimlaneLayout::xOf(day.julianDay(), kWidth) + 0.5, r.center().y()}, kWidth);
    }

    SwimlaneLayout layout;
    SwimlaneTip tip{timeline(), layout, LabelLanguage::English};
};

// Defect: over a crossing's status track the tip named a third side, read past the two a
// crossing has.
TEST_F(SwimlaneTipTest, TheStatusTrackNamesTheStatusAndItsPeriod)
{
    const int qaim = feature("qaim-albukamal");
    ASSERT_GE(qaim, 0);
    const QString text = over(qaim, 2, Date::fromYmd(2019, 9, 30));
    EXPECT_TRUE(text.contains(QStringLiteral(": open\n2019-09-30 – "))) << text.toStdString();
    // The day before, it was closed: another period.
    EXPECT_FALSE(over(qaim, 2, Date::fromYmd(2019, 9, 29)).contains(QStringLiteral("2019-09-30")));
}

TEST_F(SwimlaneTipTest, ASideBandNamesTheSideAndWhoHeldIt)
{
    const int qaim = feature("qaim-albukamal");
    const QString iq = over(qaim, 0, Date::fromYmd(2019, 9, 30));
    const QString sy = over(qaim, 1, Date::fromYmd(2019, 9, 30));
    EXPECT_TRUE(iq.contains(QStringLiteral(" (IQ): "))) << iq.toStdString();
    EXPECT_TRUE(sy.contains(QStringLiteral(" (SY): "))) << sy.toStdString();
}

TEST_F(SwimlaneTipTest, TheLabelsNameTheFeatureAndASectorsKilometres)
{
    const Dataset& d = timeline().dataset();
    const int sector = d.firstSector();
    const QRectF band = layout.rowRect(sector, 0, kWidth);
    const QString text = tip.at({10, band.center().y()}, kWidth);
    EXPECT_TRUE(text.contains(QStringLiteral("km"))) << text.toStdString();
    EXPECT_TRUE(text.contains(d.feature(sector).name)) << text.toStdString();
}

TEST_F(SwimlaneTipTest, AHeaderSaysItCollapsesAndNothingElseIsEmpty)
{
    const QRectF header = layout.groupRect(SwimlaneLayout::Group::Crossings, kWidth);
    EXPECT_EQ(tip.at(header.center(), kWidth), QStringLiteral("Click to collapse or expand"));
    EXPECT_TRUE(tip.at({kWidth / 2, layout.bottom() + 5}, kWidth).isEmpty());
}

} // namespace
} // namespace frontier
