#pragma once

#include "TestData.h"
#include "io/DatasetReader.h"
#include "time/Timeline.h"

#include <gtest/gtest.h>

#include <memory>

namespace frontier::test {

/// \brief The "sectors" fixture (tests/data/timeline/sectors), loaded once per suite: crossings
/// alpha and beta with the control events of the "disputes" fixture, mirrored on sectors south
/// and north, and two dated areas.
class SectorsFixture : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        const auto result = DatasetReader::read(testData(QStringLiteral("timeline/sectors")));
        for (const LoadProblem& p : result.problems)
            ADD_FAILURE() << p.toString().toStdString();
        s_timeline = result.dataset ? std::make_shared<Timeline>(result.dataset) : nullptr;
    }
    static void TearDownTestSuite() { s_timeline.reset(); }
    void SetUp() override { ASSERT_TRUE(s_timeline); }

    static const Timeline& timeline() { return *s_timeline; }
    static const Dataset& data() { return s_timeline->dataset(); }
    static int feature(const char* id)
    {
        const int i = data().featureIndex(QLatin1String(id));
        EXPECT_GE(i, 0) << id;
        return i;
    }

    static inline std::shared_ptr<Timeline> s_timeline;
};

} // namespace frontier::test
