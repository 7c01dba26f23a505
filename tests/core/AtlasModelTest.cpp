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

TEST(AtlasModelTest, TheSelectionIsACrossingASectorOrNone)
{
    AtlasModel model(test::bundledTimeline());
    Signals s(model);
    const int sector = model.dataset().firstSector();
    const auto count = static_cast<int>(model.dataset().features().size());
    model.setSelectedFeature(2);
    model.setSelectedFeature(2);
    model.setSelectedFeature(sector);
    EXPECT_EQ(model.selectedFeature(), sector);
    model.setSelectedFeature(count);
    EXPECT_EQ(model.selectedFeature(), -1);
    EXPECT_EQ(s.selections, (std::vector<int>{2, sector, -1}));
}

TEST(AtlasModelTest, OpeningADatasetIsOneCallThatKeepsTheCurrentOneOnProblems)
{
    AtlasModel model(test::bundledTimeline());
    model.setDate(Date::fromYmd(2017, 1, 1));
    model.setSelectedFeature(1);
    Signals s(model);
    const Dataset* before = &model.dataset();
    QTemporaryDir empty;
    EXPECT_FALSE(model.openDataset(empty.path()).empty());
    EXPECT_EQ(&model.dataset(), before);
    EXPECT_EQ(s.dataset, 0);
    EXPECT_EQ(model.selectedFeature(), 1);

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
