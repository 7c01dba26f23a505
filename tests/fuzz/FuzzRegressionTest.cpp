// Every input in regressions/ once crashed a fuzz target or broke its check; each is replayed
// through the target's own code path and must now give a sensible result.
#include "DatasetFuzzFolder.h"
#include "DateFuzzCheck.h"
#include "LayerFuzzFile.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace frontier;

namespace {

const QDir kRegressions(QStringLiteral(FRONTIER_FUZZ_REGRESSIONS_DIR));

// The inputs in regressions/<target>, as name -> bytes.
std::vector<std::pair<QString, QByteArray>> inputs(const QString& target)
{
    std::vector<std::pair<QString, QByteArray>> out;
    const QDir dir(kRegressions.filePath(target));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        out.emplace_back(name, f.readAll());
    }
    return out;
}

} // namespace

TEST(FuzzRegressionTest, DatasetInputsGiveADatasetOrProblems)
{
    fuzz::DatasetFuzzFolder folder(QStringLiteral(FRONTIER_TEST_DATA_DIR "/timeline/ordering"));
    const auto all = inputs(QStringLiteral("dataset"));
    ASSERT_FALSE(all.empty());
    for (const auto& [name, bytes] : all) {
        const auto result = folder.read(bytes);
        EXPECT_TRUE(fuzz::isSensible(result)) << name.toStdString();
    }
}

TEST(FuzzRegressionTest, DateInputsKeepTheirPromises)
{
    const auto all = inputs(QStringLiteral("date"));
    ASSERT_FALSE(all.empty());
    for (const auto& [name, bytes] : all)
        EXPECT_EQ(fuzz::checkDateParse(bytes), QString()) << name.toStdString();
}

TEST(FuzzRegressionTest, LayerInputsGiveALayerOrProblems)
{
    fuzz::LayerFuzzFile file;
    const auto all = inputs(QStringLiteral("layer"));
    ASSERT_FALSE(all.empty());
    for (const auto& [name, bytes] : all)
        EXPECT_TRUE(fuzz::isSensible(file.read(bytes))) << name.toStdString();
}
