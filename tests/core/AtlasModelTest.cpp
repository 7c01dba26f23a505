#include "AtlasModel.h"
#include "DatasetCopy.h"
#include "TestData.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace frontier {
namespace {

struct Signals {
    explicit Signals(AtlasModel& m)
    {
        QObject::connect(&m, &AtlasModel::datasetChanged, [this] { ++dataset; });
        QObject::connect(&m, &AtlasModel::dateChanged, [this](Date d) { dates.push_back(d); });
        QObject::connect(&m, &AtlasModel::selectionChanged,
                         [this](int c) { selections.push_back(c); });
    }
    int dataset = 0;
    std::vector<Date> dates;
    std::vector<int> selections;
};

TEST(AtlasModelTest, KeepsTheDateInRangeAndSignalsOnlyChanges)
{
    AtlasModel model(test::bundledTimeline());
    Signals s(model);
    model.setDate(Date::fromYmd(2016, 6, 1));
    model.setDate(Date::fromYmd(2016, 6, 1));
    model.setDate(Date::fromYmd(1999, 1, 1));
    model.setDate(Date::fromYmd(2040, 1, 1));
    EXPECT_EQ(s.dates, (std::vector<Date>{Date::fromYmd(2016, 6, 1), AtlasModel::minimumDate(),
                                          AtlasModel::maximumDate()}));
}

TEST(AtlasModelTest, TheSelectionIsACrossingOrNone)
{
    AtlasModel model(test::bundledTimeline());
    Signals s(model);
    model.setSelectedCrossing(2);
    model.setSelectedCrossing(2);
    model.setSelectedCrossing(99);
    EXPECT_EQ(model.selectedCrossing(), -1);
    EXPECT_EQ(s.selections, (std::vector<int>{2, -1}));
}

TEST(AtlasModelTest, OpeningADatasetIsOneCallThatKeepsTheCurrentOneOnProblems)
{
    AtlasModel model(test::bundledTimeline());
    model.setDate(Date::fromYmd(2017, 1, 1));
    model.setSelectedCrossing(1);
    Signals s(model);
    const Dataset* before = &model.dataset();
    QTemporaryDir empty;
    EXPECT_FALSE(model.openDataset(empty.path()).empty());
    EXPECT_EQ(&model.dataset(), before);
    EXPECT_EQ(s.dataset, 0);
    EXPECT_EQ(model.selectedCrossing(), 1);

    const test::DatasetCopy copy;
    EXPECT_TRUE(model.openDataset(copy.path()).empty());
    EXPECT_NE(&model.dataset(), before);
    EXPECT_EQ(model.dataset().origin(), copy.path());
    EXPECT_EQ(s.dataset, 1);
    EXPECT_EQ(s.selections, std::vector<int>{-1});      // a selection does not carry over
    EXPECT_EQ(model.date(), Date::fromYmd(2017, 1, 1)); // the date does
}

} // namespace
} // namespace frontier
