#include "render/export/FrameExporter.h"
#include "GuiApp.h"
#include "TestData.h"
#include "geo/Crs.h"
#include "render/MapRenderer.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontier;

namespace {

class FrameExporterTest : public ::testing::Test, protected test::GuiAppFirst {
protected:
    void SetUp() override
    {
        ASSERT_NE(test::bundled(), nullptr);
        settings.crs = Crs::defaultDefinition();
        settings.extent = renderer.homeExtent(settings.crs);
        settings.size = QSize(160, 100);
    }
    MapRenderer renderer{test::bundledTimeline()};
    MapSettings settings;
    const FrameSeries months{Date::fromYmd(2014, 1, 1), Date::fromYmd(2014, 6, 30),
                             FrameSeries::Step::Month};
};

TEST_F(FrameExporterTest, WritesEveryFrameWithItsDateAndReportsProgress)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("new/frames"));
    std::vector<std::pair<int, int>> calls;
    const auto result =
        FrameExporter(renderer).write(settings, months, folder, [&](int done, int total) {
            calls.emplace_back(done, total);
            return true;
        });
    EXPECT_EQ(result.error, QString());
    EXPECT_EQ(result.written, 6);
    ASSERT_EQ(calls.size(), 7u);
    EXPECT_EQ(calls.front(), std::make_pair(0, 6));
    EXPECT_EQ(calls.back(), std::make_pair(6, 6));
    EXPECT_EQ(QImage(FrameSeries::framePath(folder, 3)).text(QStringLiteral("frontier:date")),
              QStringLiteral("2014-04-01"));
    EXPECT_TRUE(QFile::exists(QDir(folder).filePath(QStringLiteral("frame_00005.pgw"))));
}

TEST_F(FrameExporterTest, ACancelStopsAfterAWholeFrame)
{
    QTemporaryDir dir;
    const auto result =
        FrameExporter(renderer, ImageFormat::Jpeg)
            .write(settings, months, dir.path(), [](int done, int) { return done < 2; });
    EXPECT_EQ(result.written, 2);
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("frame_*.jpg")}, QDir::Files),
              (QStringList{QStringLiteral("frame_00000.jpg"), QStringLiteral("frame_00001.jpg")}));
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("*.jgw")}, QDir::Files).size(), 2);
    EXPECT_EQ(QImageReader(FrameSeries::framePath(dir.path(), 1, ImageFormat::Jpeg)).format(),
              QByteArray("jpeg"));
}

TEST_F(FrameExporterTest, AFileWhereTheFolderGoesIsAClearError)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("frames"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    const auto result = FrameExporter(renderer).write(settings, months, file);
    EXPECT_EQ(result.written, 0);
    EXPECT_TRUE(result.error.contains(file + QStringLiteral(": is a file, not a folder")))
        << result.error.toStdString();
}

TEST(FrameSeriesTest, StepsCountFromTheFirstDate)
{
    const FrameSeries months(Date::fromYmd(2016, 1, 31), Date::fromYmd(2016, 4, 29),
                             FrameSeries::Step::Month);
    ASSERT_EQ(months.dates().size(), 3u);
    EXPECT_EQ(months.dates()[1], Date::fromYmd(2016, 2, 29));
    EXPECT_EQ(months.dates()[2], Date::fromYmd(2016, 3, 31));
    EXPECT_EQ(
        FrameSeries(Date::fromYmd(2016, 1, 1), Date::fromYmd(2016, 1, 15), FrameSeries::Step::Week)
            .dates()
            .size(),
        3u);
    EXPECT_EQ(FrameSeries::stepFromCode(QStringLiteral("1y")), FrameSeries::Step::Year);
    EXPECT_FALSE(FrameSeries::stepFromCode(QStringLiteral("2d")));
    EXPECT_EQ(FrameSeries::framePath(QStringLiteral("out"), 7, ImageFormat::Tiff),
              QStringLiteral("out/frame_00007.tif"));
}

} // namespace
